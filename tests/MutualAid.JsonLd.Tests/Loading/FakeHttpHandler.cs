using System.Net;
using System.Text;

namespace MutualAid.JsonLd.Tests.Loading;

/// <summary>Answers HTTP requests from a table; counts requests. Never touches the network.</summary>
internal sealed class FakeHttpHandler : HttpMessageHandler
{
    private readonly Dictionary<string, Func<CancellationToken, Task<HttpResponseMessage>>> _routes = new(StringComparer.Ordinal);

    public int Requests { get; private set; }

    public FakeHttpHandler Json(string url, string body, bool sendLength = true)
    {
        _routes[url] = _ => Task.FromResult(Respond(HttpStatusCode.OK, body, sendLength));
        return this;
    }

    public FakeHttpHandler Status(string url, HttpStatusCode status)
    {
        _routes[url] = _ => Task.FromResult(Respond(status, "{}", true));
        return this;
    }

    /// <summary>A server that never answers: the request ends only when cancelled.</summary>
    public FakeHttpHandler Hang(string url)
    {
        _routes[url] = async ct =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return Respond(HttpStatusCode.OK, "{}", true);
        };
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var url = request.RequestUri!.OriginalString;
        return _routes.TryGetValue(url, out var route)
            ? route(cancellationToken)
            : Task.FromResult(Respond(HttpStatusCode.NotFound, "{}", true));
    }

    private static HttpResponseMessage Respond(HttpStatusCode status, string body, bool sendLength)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        HttpContent content = sendLength ? new ByteArrayContent(bytes) : new StreamContent(new UnseekableStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/ld+json");
        return new HttpResponseMessage(status) { Content = content };
    }

    /// <summary>A body without a known length, as with chunked transfer encoding.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
