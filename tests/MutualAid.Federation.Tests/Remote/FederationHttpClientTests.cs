using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Fetching;
using MutualAid.Federation.Remote;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Remote;

/// <summary>How the one federation HttpClient keeps its connections between fan-outs.</summary>
public sealed class FederationHttpClientTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public void The_handler_lives_as_long_as_the_server_and_recycles_its_own_connections()
    {
        var b = _fediverse.Add("b.test");
        var factoryOptions = b.Services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(FederationHttp.ClientName);
        Assert.Equal(Timeout.InfiniteTimeSpan, factoryOptions.HandlerLifetime);

        // With a handler that is never swapped, its own connection lifetime is what keeps DNS answers fresh.
        using var production = FederationHttpHandler.Create(FederationHttp.FetchOptions(new FederationOptions()));
        Assert.InRange(production.PooledConnectionLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));
    }

    public void Dispose() => _fediverse.Dispose();
}
