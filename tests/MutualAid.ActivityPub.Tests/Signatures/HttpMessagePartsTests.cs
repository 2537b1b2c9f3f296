using System.Text;
using MutualAid.ActivityPub.Signatures;

namespace MutualAid.ActivityPub.Tests.Signatures;

public sealed class HttpMessagePartsTests
{
    [Fact]
    public void An_incoming_request_keeps_its_raw_target_and_header_lines()
    {
        var parts = HttpMessageParts.ForIncomingRequest(
            "POST",
            "HTTPS",
            "hub.example",
            "/inbox/a%2Db?x=%2D",
            [new("Accept", ["application/json", "*/*"]), new("Host", ["hub.example"])],
            Encoding.UTF8.GetBytes("{}"));

        Assert.Equal("/inbox/a%2Db?x=%2D", parts.RequestTarget);
        Assert.Equal("/inbox/a%2Db", parts.Path);
        Assert.Equal("?x=%2D", parts.Query);
        Assert.Equal("https://hub.example/inbox/a%2Db?x=%2D", parts.TargetUriText);
        Assert.Equal("application/json, */*", parts.Header("accept"));
        Assert.Null(parts.Header("Date"));
    }

    [Fact]
    public void A_raw_target_must_be_in_origin_form() =>
        Assert.Throws<ArgumentException>(() => HttpMessageParts.ForIncomingRequest("GET", "https", "hub.example", "hub.example/x", [], Array.Empty<byte>()));

    [Fact]
    public async Task An_http_request_message_is_read_as_httpclient_puts_it_on_the_wire()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://hub.example/a%2Db?q=1");
        request.Headers.Accept.ParseAdd("application/activity+json");

        var parts = await HttpRequestMessageParts.FromAsync(request, CancellationToken.None);

        Assert.Equal(request.RequestUri!.PathAndQuery, parts.RequestTarget);
        Assert.Equal("hub.example", parts.Header("Host"));
        Assert.Equal("application/activity+json", parts.Header("Accept"));
        Assert.True(parts.Body.IsEmpty);
    }
}
