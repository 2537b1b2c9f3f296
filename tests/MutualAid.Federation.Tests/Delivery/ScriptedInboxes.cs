using System.Collections.Concurrent;
using System.Net;

namespace MutualAid.Federation.Tests.Delivery;

/// <summary>
/// The network of a delivery test: each host answers from its script (a status, or a network error), request after
/// request; the last entry repeats. Counts the requests each host got.
/// </summary>
internal sealed class ScriptedInboxes : HttpMessageHandler
{
    /// <summary>A script entry meaning "the connection failed".</summary>
    public const HttpStatusCode NetworkError = 0;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<HttpStatusCode>> _scripts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.OrdinalIgnoreCase);

    public void Answer(string host, params HttpStatusCode[] statuses) => _scripts[host] = new ConcurrentQueue<HttpStatusCode>(statuses);

    public int RequestsTo(string host) => _requests.GetValueOrDefault(host);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var host = request.RequestUri!.Host;
        _requests.AddOrUpdate(host, 1, (_, n) => n + 1);
        if (!_scripts.TryGetValue(host, out var script) || !script.TryPeek(out var status))
        {
            throw new HttpRequestException($"Nothing answers for {host}.");
        }

        if (script.Count > 1)
        {
            script.TryDequeue(out status);
        }

        return status == NetworkError
            ? throw new HttpRequestException($"Connection to {host} refused.")
            : Task.FromResult(new HttpResponseMessage(status) { RequestMessage = request });
    }
}
