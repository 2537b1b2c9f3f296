using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.ActivityPub.Fetching;
using MutualAid.Testing;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// The sending instance, in process, with its real federation HttpClient pipeline (guarded connector with
/// AllowPrivateNetworks, signing handlers): only name resolution is replaced, so <c>hostN.test</c> reaches
/// <see cref="LoopbackInboxes"/> on 127.0.1.x and every other name fails. Workers off: the benchmark drives delivery.
/// With an <paramref name="authority"/> the remote hosts speak HTTPS only (AllowHttp off) and the primary handler
/// trusts that throwaway root and nothing else; every other handler setting (pooling, timeouts) stays production's.
/// </summary>
internal sealed class LoopbackSender(int hosts, ThrowawayCertificateAuthority? authority = null) : MutualAidAppFactory
{
    public const string Domain = "b.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        // No test manifest in this project (it is not a test project): point at the server's folder ourselves.
        builder.UseSolutionRelativeContentRoot("src/MutualAid.Server", "Federation.sln");
        builder.UseSetting("MutualAid:Domain", Domain);
        builder.UseSetting("MutualAid:Federation:RunWorkers", "false");
        builder.UseSetting("MutualAid:Federation:AllowPrivateNetworks", "true");
        builder.UseSetting("MutualAid:Federation:AllowHttp", authority is null ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddHttpClient("federation").ConfigurePrimaryHttpMessageHandler(() =>
        {
            var handler = FederationHttpHandler.Create(new GuardedConnector(allowPrivateNetworks: true, ResolveAsync));
            if (authority is not null)
            {
                handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => authority.Trusts(certificate, errors);
            }

            return handler;
        });

    private Task<IPAddress[]> ResolveAsync(string name, CancellationToken cancellationToken)
    {
        const string suffix = ".test";
        if (name.StartsWith("host", StringComparison.Ordinal) && name.EndsWith(suffix, StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(4, name.Length - 4 - suffix.Length), out var host) && host >= 0 && host < hosts)
        {
            return Task.FromResult<IPAddress[]>([LoopbackInboxes.AddressOf(host)]);
        }

        return Task.FromResult<IPAddress[]>([]);
    }
}
