using System.Collections.Concurrent;
using System.Net;

namespace MutualAid.Testing.Fediverse;

/// <summary>
/// The network of a test fediverse: routes each request by host name to that instance's in-process server.
/// A host can be taken down (answers 503, as a failing server would) and brought back.
/// </summary>
public sealed class FediverseRouter
{
    private readonly ConcurrentDictionary<string, Func<HttpMessageHandler>> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, HttpStatusCode> _down = new(StringComparer.OrdinalIgnoreCase);
    private int _requests;

    public int RequestCount => _requests;

    public void Register(string host, Func<HttpMessageHandler> server) => _hosts[host] = server;

    public void TakeDown(string host, HttpStatusCode status = HttpStatusCode.ServiceUnavailable) => _down[host] = status;

    public void BringUp(string host) => _down.TryRemove(host, out _);

    /// <summary>A handler for one HttpClient; each call reaches the current server of the host.</summary>
    public HttpMessageHandler CreateHandler() => new RoutingHandler(this);

    private sealed class RoutingHandler(FediverseRouter router) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref router._requests);
            var host = request.RequestUri!.Host;
            if (router._down.TryGetValue(host, out var status))
            {
                return new HttpResponseMessage(status) { RequestMessage = request };
            }

            if (!router._hosts.TryGetValue(host, out var server))
            {
                throw new HttpRequestException($"No test instance answers for {host}.");
            }

            using var invoker = new HttpMessageInvoker(server(), disposeHandler: false);
            return await invoker.SendAsync(request, cancellationToken);
        }
    }
}
