using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using MutualAid.JsonLd.Loading;

namespace MutualAid.JsonLd.Tests.Loading;

public sealed class AllowlistedHttpLoaderTests
{
    private const string ContextUrl = "https://contexts.example/v1";
    private const string ContextJson = """{"@context": {"name": "https://schema.example/name"}}""";

    private static JsonNode Document(string context = ContextUrl) =>
        new JsonObject { ["@context"] = context, ["@id"] = "https://a.example/1", ["name"] = "Ada" };

    private static JsonLdOptions Options(FakeHttpHandler handler, RemoteContextOptions? remote = null) => new()
    {
        DocumentLoader = StaticDocumentLoader.Bundled.WithFallback(new AllowlistedHttpLoader(
            new HttpClient(handler), remote ?? new RemoteContextOptions { AllowedPrefixes = ["https://contexts.example/"] })),
    };

    [Fact]
    public async Task Allowed_context_is_fetched_once_and_cached()
    {
        var handler = new FakeHttpHandler().Json(ContextUrl, ContextJson);
        var options = Options(handler);

        var first = await JsonLdProcessor.ExpandAsync(Document(), options);
        var second = await JsonLdProcessor.ExpandAsync(Document(), options);

        Assert.Equal("Ada", first[0]!["https://schema.example/name"]![0]!["@value"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(first, second));
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public void Synchronous_expand_blocks_on_an_allowed_fetch()
    {
        var handler = new FakeHttpHandler().Json(ContextUrl, ContextJson);

        var expanded = JsonLdProcessor.Expand(Document(), Options(handler));

        Assert.Equal("Ada", expanded[0]!["https://schema.example/name"]![0]!["@value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Context_outside_the_allowlist_is_refused_without_a_request()
    {
        var handler = new FakeHttpHandler().Json("https://evil.example/ctx", ContextJson);

        var error = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(Document("https://evil.example/ctx"), Options(handler)).AsTask());

        Assert.Equal(JsonLdErrorCode.LoadingRemoteContextFailed, error.ErrorCode);
        Assert.Contains("https://evil.example/ctx", error.Message, StringComparison.Ordinal);
        Assert.Contains("allowlist", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Requests);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Response_over_the_size_cap_is_refused(bool sendLength)
    {
        var big = """{"@context": {"name": "https://schema.example/name", "pad": """ + "\"" + new string('x', 5000) + "\"}}";
        var handler = new FakeHttpHandler().Json(ContextUrl, big, sendLength);
        var remote = new RemoteContextOptions { AllowedPrefixes = ["https://contexts.example/"], MaxBytes = 1000 };

        var error = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(Document(), Options(handler, remote)).AsTask());

        Assert.Equal(JsonLdErrorCode.LoadingRemoteContextFailed, error.ErrorCode);
        Assert.Contains("larger than 1000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_that_never_answers_times_out()
    {
        var handler = new FakeHttpHandler().Hang(ContextUrl);
        var time = new FakeTimeProvider();
        var remote = new RemoteContextOptions { AllowedPrefixes = ["https://contexts.example/"], Timeout = TimeSpan.FromSeconds(10) };
        var options = new JsonLdOptions
        {
            DocumentLoader = StaticDocumentLoader.Bundled.WithFallback(new AllowlistedHttpLoader(new HttpClient(handler), remote, time)),
        };

        var expansion = JsonLdProcessor.ExpandAsync(Document(), options).AsTask();
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(expansion.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));
        var error = await Assert.ThrowsAsync<JsonLdException>(() => expansion);

        Assert.Equal(JsonLdErrorCode.LoadingRemoteContextFailed, error.ErrorCode);
        Assert.Contains("no complete response", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_error_status_fails_and_is_retried_next_time()
    {
        var handler = new FakeHttpHandler().Status(ContextUrl, HttpStatusCode.BadGateway);
        var options = Options(handler);

        var error = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(Document(), options).AsTask());
        await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(Document(), options).AsTask());

        Assert.Contains("HTTP 502", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public async Task Response_that_is_not_json_is_refused()
    {
        var handler = new FakeHttpHandler().Json(ContextUrl, "<html>not json</html>");

        var error = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(Document(), Options(handler)).AsTask());

        Assert.Equal(JsonLdErrorCode.LoadingRemoteContextFailed, error.ErrorCode);
        Assert.Contains("not JSON", error.Message, StringComparison.Ordinal);
    }
}
