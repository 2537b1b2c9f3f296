using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MutualAid.ActivityPub.Signatures;
using MutualAid.Benchmarks.Hosting;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// Shared inboxes of <c>hosts</c> remote servers on real sockets: one Kestrel listening on 127.0.1.1, 127.0.1.2, ...
/// (one loopback address per host, so each host gets its own connections), same port. Every POST's HTTP signature
/// is verified with the sender's public key; the inbox counts verified requests per Host and answers 202 (401 if the
/// signature does not verify, which the sender's double-knock would answer with a second request: counted too).
/// </summary>
internal sealed class LoopbackInboxes : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _verified = new(StringComparer.Ordinal);
    private int _refused;

    private LoopbackInboxes(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public int Refused => _refused;

    public static IPAddress AddressOf(int host) => new([127, 0, (byte)(1 + host / 250), (byte)(1 + host % 250)]);

    public static async Task<LoopbackInboxes> StartAsync(int hosts, IPublicKeyResolver senderKeys)
    {
        var port = ServerProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            for (var h = 0; h < hosts; h++)
            {
                kestrel.Listen(AddressOf(h), port);
            }
        });
        var app = builder.Build();
        var inboxes = new LoopbackInboxes(app, port);
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
