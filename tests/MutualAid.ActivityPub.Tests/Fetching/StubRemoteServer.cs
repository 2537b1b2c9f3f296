using System.Net;
using System.Text;

namespace MutualAid.ActivityPub.Tests.Fetching;

/// <summary>
/// A fake fediverse for unit tests: answers requests by exact URL from a table, records what was
/// asked, and never touches the network.
/// </summary>
internal sealed class StubRemoteServer : HttpMessageHandler
{
    private readonly Dictionary<string, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _routes = new(StringComparer.Ordinal);

    public List<HttpRequestMessage> Requests { get; } = [];

    public List<string> AcceptHeaders { get; } = [];

    public StubRemoteServer On(string url, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        _routes[url] = answer;
        return this;
    }

    public StubRemoteServer OnJson(string url, string json, string contentType = "application/activity+json", HttpStatusCode status = HttpStatusCode.OK) =>
        On(url, (_, _) => Task.FromResult(Json(json, contentType, status)));

    public StubRemoteServer OnStatus(string url, HttpStatusCode status) =>
        On(url, (_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(string.Empty) }));

    public StubRemoteServer OnRedirect(string url, string location, HttpStatusCode status = HttpStatusCode.Found) =>
        On(url, (_, _) =>
        {
            var response = new HttpResponseMessage(status);
            response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
            return Task.FromResult(response);
        });

    public static HttpResponseMessage Json(string json, string contentType, HttpStatusCode status = HttpStatusCode.OK)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpResponseMessage(status) { Content = content };
    }

    public HttpClient CreateClient() => new(this, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        AcceptHeaders.Add(request.Headers.Accept.ToString());
        var url = request.RequestUri!.AbsoluteUri;
        return _routes.TryGetValue(url, out var answer)
            ? answer(request, cancellationToken)
            : Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent($"no stub for {url}") });
    }
}
