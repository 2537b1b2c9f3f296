using System.Text.Json.Nodes;
using MutualAid.JsonLd.Loading;

namespace MutualAid.JsonLd.Tests.Expansion;

/// <summary>Hostile input ends in a JsonLdException: never a crash, a stack overflow or a hang.</summary>
public sealed class SafetyLimitTests
{
    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonObject { ["http://example.org/leaf"] = "x" };
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["http://example.org/p"] = node };
        }

        return node;
    }

    [Fact]
    public void Input_nested_past_the_limit_is_refused()
    {
        var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(Nested(5000)));

        Assert.Equal(JsonLdErrorCode.MaxDepthExceeded, error.ErrorCode);
    }

    [Fact]
    public void Input_within_the_limit_expands()
    {
        var expanded = JsonLdProcessor.Expand(Nested(200));

        Assert.Single(expanded);
    }

    [Fact]
    public void Compaction_of_deep_input_is_refused_too()
    {
        var error = Assert.Throws<JsonLdException>(() =>
            JsonLdProcessor.Compact(Nested(5000), new JsonObject(), new JsonLdOptions { MaxDepth = 100_000 }));

        Assert.Equal(JsonLdErrorCode.MaxDepthExceeded, error.ErrorCode);
    }

    [Fact]
    public void Contexts_that_include_each_other_are_detected()
    {
        var loader = StaticDocumentLoader.Empty
            .With("https://a.example/ctx", """{"@context": "https://b.example/ctx"}""")
            .With("https://b.example/ctx", """{"@context": ["https://a.example/ctx", {"x": "http://x.example/"}]}""");
        var input = new JsonObject { ["@context"] = "https://a.example/ctx", ["x"] = "1" };

        var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(input, new JsonLdOptions { DocumentLoader = loader }));

        Assert.Equal(JsonLdErrorCode.RecursiveContextInclusion, error.ErrorCode);
    }

    [Fact]
    public void A_long_chain_of_remote_contexts_overflows()
    {
        var loader = StaticDocumentLoader.Empty;
        for (var i = 0; i < 50; i++)
        {
            loader = loader.With($"https://c.example/{i}", $$"""{"@context": "https://c.example/{{i + 1}}"}""");
        }

        loader = loader.With("https://c.example/50", """{"@context": {}}""");
        var input = new JsonObject { ["@context"] = "https://c.example/0" };

        var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(input, new JsonLdOptions { DocumentLoader = loader }));

        Assert.Equal(JsonLdErrorCode.ContextOverflow, error.ErrorCode);
    }

    [Fact]
    public void A_scoped_context_that_includes_itself_terminates()
    {
        var loader = StaticDocumentLoader.Empty.With("https://s.example/ctx",
            """{"@context": {"@vocab": "http://v.example/", "child": {"@context": "https://s.example/ctx"}}}""");
        var input = JsonNode.Parse("""{"@context": "https://s.example/ctx", "child": {"child": {"child": {"name": "x"}}}}""");

        var expanded = JsonLdProcessor.Expand(input, new JsonLdOptions { DocumentLoader = loader });

        Assert.Single(expanded);
    }

    [Fact]
    public void Terms_defined_through_each_other_are_a_cyclic_mapping()
    {
        var input = JsonNode.Parse("""{"@context": {"a": "b:x", "b": "a:y"}, "a": 1}""");

        var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(input));

        Assert.Equal(JsonLdErrorCode.CyclicIriMapping, error.ErrorCode);
    }

    [Theory]
    [InlineData("""{"@context": 5}""", JsonLdErrorCode.InvalidLocalContext)]
    [InlineData("""{"@context": {"@vocab": 5}}""", JsonLdErrorCode.InvalidVocabMapping)]
    [InlineData("""{"@id": 5}""", JsonLdErrorCode.InvalidIdValue)]
    [InlineData("""{"@type": {"a": 1}}""", JsonLdErrorCode.InvalidTypeValue)]
    [InlineData("""{"http://e.example/p": {"@value": "x", "@language": 5}}""", JsonLdErrorCode.InvalidLanguageTaggedString)]
    public void Malformed_documents_get_the_spec_error_code(string json, string code)
    {
        var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(JsonNode.Parse(json)));

        Assert.Equal(code, error.ErrorCode);
        Assert.StartsWith(code, error.Message, StringComparison.Ordinal);
    }
}
