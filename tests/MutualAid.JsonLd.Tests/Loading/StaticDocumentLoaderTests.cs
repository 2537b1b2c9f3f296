using System.Text.Json.Nodes;
using MutualAid.JsonLd.Loading;

namespace MutualAid.JsonLd.Tests.Loading;

public sealed class StaticDocumentLoaderTests
{
    public static TheoryData<string> BundledUrls() =>
    [
        BundledContexts.ActivityStreams, BundledContexts.SecurityV1, BundledContexts.DataIntegrityV1, BundledContexts.MultikeyV1,
        BundledContexts.IdentityV1, BundledContexts.DidV1, BundledContexts.SchemaOrg, BundledContexts.GoToSocial, BundledContexts.WebFinger,
        "http://schema.org", "https://www.w3.org/ns/activitystreams.jsonld", "https://pleroma.example/schemas/litepub-0.1.jsonld",
    ];

    [Theory]
    [MemberData(nameof(BundledUrls))]
    public async Task Bundled_context_loads_and_processes_without_network(string url)
    {
        var document = await StaticDocumentLoader.Bundled.LoadAsync(new Uri(url), CancellationToken.None);

        Assert.NotNull(document.Document?["@context"]);
        // Processing it must not need anything outside the bundle either.
        var expanded = JsonLdProcessor.Expand(new JsonObject { ["@context"] = url, ["@id"] = "https://a.example/x", ["@type"] = "https://t.example/T" });
        Assert.Single(expanded);
    }

    [Fact]
    public async Task Shared_conformance_contexts_are_the_bundled_bytes()
    {
        var index = JsonNode.Parse(File.ReadAllText(Path.Combine(SharedPaths.Conformance, "contexts", "index.json")))!.AsObject();
        foreach (var (url, file) in index)
        {
            var shared = JsonNode.Parse(File.ReadAllText(Path.Combine(SharedPaths.Conformance, "contexts", file!.GetValue<string>())));
            var bundled = (await StaticDocumentLoader.Bundled.LoadAsync(new Uri(url), CancellationToken.None)).Document;
            Assert.True(JsonNode.DeepEquals(shared, bundled), url);
        }
    }

    [Fact]
    public void Unknown_context_fails_with_its_url()
    {
        var input = new JsonObject { ["@context"] = "https://unknown.example/ctx", ["name"] = "x" };

        var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(input));

        Assert.Equal(JsonLdErrorCode.LoadingRemoteContextFailed, error.ErrorCode);
        Assert.Contains("https://unknown.example/ctx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_context_can_be_treated_as_empty()
    {
        var input = JsonNode.Parse("""
            {"@context": ["https://www.w3.org/ns/activitystreams", "https://unknown.example/ctx"], "type": "Note", "content": "hi"}
            """);
        var options = new JsonLdOptions { DocumentLoader = StaticDocumentLoader.Bundled.WithUnknownContexts(UnknownContextPolicy.TreatAsEmpty) };

        var expanded = JsonLdProcessor.Expand(input, options);

        Assert.Equal("https://www.w3.org/ns/activitystreams#Note", expanded[0]!["@type"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Extra_documents_can_be_registered()
    {
        var loader = StaticDocumentLoader.Bundled.With("https://contexts.example/extra/v1",
            """{"@context": {"ma": "https://w3id.org/mutual-aid#", "Offer": "ma:Offer"}}""");
        var input = JsonNode.Parse("""{"@context": ["https://www.w3.org/ns/activitystreams", "https://contexts.example/extra/v1"], "type": "Offer"}""");

        var expanded = JsonLdProcessor.Expand(input, new JsonLdOptions { DocumentLoader = loader });

        Assert.Equal("https://w3id.org/mutual-aid#Offer", expanded[0]!["@type"]![0]!.GetValue<string>());
        // The shared bundled loader is unchanged.
        Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(input));
    }

    [Fact]
    public void Registering_text_that_is_not_json_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => StaticDocumentLoader.Bundled.With("https://x.example/ctx", "{nope"));
    }
}
