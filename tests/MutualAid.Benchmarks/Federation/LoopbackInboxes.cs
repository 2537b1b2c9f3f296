using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;
using MutualAid.ActivityPub.Signatures;
using MutualAid.Benchmarks.Hosting;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// Shared inboxes of <c>hosts</c> remote servers on real sockets: one Kestrel listening on 127.0.1.1, 127.0.1.2, ...
/// (one loopback address per host, so each host gets its own connections), same port. Every POST's HTTP signature
/// is verified with the sender's public key; the inbox counts verified requests per Host and answers 202 (401 if the
/// signature does not verify, which the sender's double-knock would answer with a second request: counted too).
/// With a <see cref="ThrowawayCertificateAuthority"/> every address serves HTTPS with its host's own certificate,
/// picked by the name the client sends (SNI). Connections opened are counted: over TLS each is one handshake.
/// </summary>
internal sealed class LoopbackInboxes : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _verified = new(StringComparer.Ordinal);
    private int _refused;
    private int _connections;
    private string? _protocol;

    private readonly Dictionary<string, X509Certificate2> _certificates;

    private LoopbackInboxes(WebApplication app, int port, Dictionary<string, X509Certificate2> certificates)
    {
        _app = app;
        Port = port;
        _certificates = certificates;
    }

    public int Port { get; }

    public int Refused => _refused;

    /// <summary>The TLS version the first request came over, or null over plain HTTP.</summary>
    public string? Protocol => _protocol;

    /// <summary>How many connections the inboxes accepted since the last call (each a TLS handshake over HTTPS), and resets the count.</summary>
    public int TakeConnections() => Interlocked.Exchange(ref _connections, 0);

    /// <summary>The name a host is reached by (resolved to <see cref="AddressOf"/> by the sender).</summary>
    public static string NameOf(int host) => $"host{host}.test";

    public static IPAddress AddressOf(int host) => new([127, 0, (byte)(1 + host / 250), (byte)(1 + host % 250)]);

    /// <param name="authority">Serve HTTPS with certificates it issues; null for plain HTTP.</param>
    /// <param name="keepAlive">How long an idle connection is kept open (Kestrel's default is 130 s).</param>
    public static async Task<LoopbackInboxes> StartAsync(int hosts, IPublicKeyResolver senderKeys, ThrowawayCertificateAuthority? authority = null, TimeSpan? keepAlive = null)
    {
        var port = ServerProcess.FreePort();
        var certificates = new Dictionary<string, X509Certificate2>(StringComparer.OrdinalIgnoreCase);
        for (var h = 0; authority is not null && h < hosts; h++)
        {
            certificates[NameOf(h)] = authority.IssueServerCertificate(NameOf(h), AddressOf(h), TimeProvider.System);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        LoopbackInboxes? inboxes = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (keepAlive is { } idle)
            {
                kestrel.Limits.KeepAliveTimeout = idle;
            }

            for (var h = 0; h < hosts; h++)
            {
                kestrel.Listen(AddressOf(h), port, listen =>
                {
                    listen.Use(next => connection =>
                    {
                        Interlocked.Increment(ref inboxes!._connections);
                        return next(connection);
                    });
                    if (authority is not null)
                    {
                        // An unknown name gets no certificate: the handshake fails, as it would against a real server.
                        listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificateSelector = (_, name) => name is not null && certificates.TryGetValue(name, out var certificate) ? certificate : null });
                    }
                });
            }
        });
        var app = builder.Build();
        inboxes = new LoopbackInboxes(app, port, certificates);
        var verifier = new HttpSignatureVerifier(senderKeys, TimeProvider.System);
        app.MapPost("/inbox", async (HttpContext http) =>
        {
            var message = await ReadAsync(http.Request);
            var result = await verifier.VerifyAsync(message, http.RequestAborted);
            if (!result.IsValid)
            {
                if (Interlocked.Increment(ref inboxes._refused) == 1)
                {
                    Console.Error.WriteLine($"inbox: refused a signature: {result.Failure}: {result.Message}");
                }

                return Results.Unauthorized();
            }

            inboxes._verified.AddOrUpdate(http.Request.Host.Host, 1, (_, n) => n + 1);
            if (http.Features.Get<ITlsHandshakeFeature>() is { } tls)
            {
                Interlocked.CompareExchange(ref inboxes._protocol, tls.Protocol.ToString(), null);
            }

            return Results.Accepted();
        });
        await app.StartAsync();
        return inboxes;
    }

    /// <summary>Verified requests per host name since the last call, and resets the count.</summary>
    public Dictionary<string, int> TakeCounts()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var host in _verified.Keys)
        {
            if (_verified.TryRemove(host, out var n))
            {
                counts[host] = n;
            }
        }

        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var certificate in _certificates.Values)
        {
            certificate.Dispose();
        }
    }

    private static async Task<HttpMessageParts> ReadAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.ToUriComponent();
        var headers = request.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? ""))).ToList();
        return new HttpMessageParts(request.Method, new Uri($"{request.Scheme}://{request.Host.Value}{target}"), headers, body.ToArray());
    }
}
