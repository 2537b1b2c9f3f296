using System.Text.Json.Nodes;
using MutualAid.JsonLd.Loading;
using MutualAid.JsonLd.Tests.Conformance;

namespace MutualAid.JsonLd.Tests;

public sealed class JsonLdProcessorTests
{
    private static JsonNode Corpus(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SharedPaths.Conformance, "activitystreams", file)))!;

    [Fact]
    public void Mastodon_create_note_compacts_back_to_the_shape_Mastodon_reads()
    {
        var original = Corpus("mastodon-create-note-1.json").AsObject();
        var expanded = JsonLdProcessor.Expand(original);

        var compacted = JsonLdProcessor.Compact(expanded, original["@context"]);

        Assert.True(JsonNode.DeepEquals(original["@context"], compacted["@context"]));
        Assert.Equal("Create", compacted["type"]!.GetValue<string>());
        Assert.Equal(original["id"]!.GetValue<string>(), compacted["id"]!.GetValue<string>());
        Assert.Equal(original["actor"]!.GetValue<string>(), compacted["actor"]!.GetValue<string>());
        var note = compacted["object"]!.AsObject();
        Assert.Equal("Note", note["type"]!.GetValue<string>());
        Assert.Equal(original["object"]!["content"]!.GetValue<string>(), note["content"]!.GetValue<string>());
        Assert.Equal(original["object"]!["attributedTo"]!.GetValue<string>(), note["attributedTo"]!.GetValue<string>());
        // Public is compacted with the AS context's "as" prefix, one of the spellings Mastodon accepts.
        Assert.Contains("as:Public", compacted["cc"]!.ToJsonString(), StringComparison.Ordinal);
        // And nothing is lost: the compact form expands to the same graph.
        Assert.True(JsonLdComparison.AreEquivalent(expanded, JsonLdProcessor.Expand(compacted)));
    }

    [Theory]
    [InlineData("mastodon-person-1.json")]
    [InlineData("misskey-note-1.json")]
    [InlineData("pleroma-create-note-1.json")]
    [InlineData("fedify-create-note-1.json")]
    public void Corpus_documents_round_trip_through_compaction(string file)
    {
        var original = Corpus(file).AsObject();
        var options = new JsonLdOptions { DocumentLoader = StaticDocumentLoader.Bundled.WithUnknownContexts(UnknownContextPolicy.TreatAsEmpty) };
        var expanded = JsonLdProcessor.Expand(original, options);

        var compacted = JsonLdProcessor.Compact(expanded, original["@context"], options);

        Assert.True(JsonLdComparison.AreEquivalent(expanded, JsonLdProcessor.Expand(compacted, options)));
    }

    [Fact]
    public void A_remote_context_is_loaded_once_for_many_documents()
    {
        var loader = new CountingLoader(StaticDocumentLoader.Empty.With("https://count.example/ctx",
            """{"@context": {"@vocab": "https://v.example/"}}"""));
        var options = new JsonLdOptions { DocumentLoader = loader };

        for (var i = 0; i < 5; i++)
        {
            var expanded = JsonLdProcessor.Expand(new JsonObject { ["@context"] = "https://count.example/ctx", ["n"] = i }, options);
            Assert.Equal(i, expanded[0]!["https://v.example/n"]![0]!["@value"]!.GetValue<int>());
        }

        Assert.Equal(1, loader.Loads);
    }

    [Fact]
    public void Documents_with_different_bases_share_processed_contexts()
    {
        var loader = new CountingLoader(StaticDocumentLoader.Empty.With("https://count.example/ctx",
            """{"@context": {"@vocab": "https://v.example/", "link": {"@type": "@id"}}}"""));

        for (var i = 0; i < 5; i++)
        {
            var options = new JsonLdOptions { DocumentLoader = loader, Base = $"https://host{i}.example/notes/1" };
            var expanded = JsonLdProcessor.Expand(JsonNode.Parse("""{"@context": "https://count.example/ctx", "@id": "", "link": "../other"}"""), options);

            Assert.Equal($"https://host{i}.example/notes/1", expanded[0]!["@id"]!.GetValue<string>());
            Assert.Equal($"https://host{i}.example/other", expanded[0]!["https://v.example/link"]![0]!["@id"]!.GetValue<string>());
        }

        Assert.Equal(1, loader.Loads);
    }

    [Fact]
    public void A_context_resolved_against_the_document_base_is_not_shared_across_bases()
    {
        // "@vocab": "" makes the vocabulary the document's base: each base gets its own processed context.
        var document = """{"@context": {"@vocab": ""}, "name": "x"}""";

        var first = JsonLdProcessor.Expand(JsonNode.Parse(document), new JsonLdOptions { Base = "https://one.example/doc" });
        var second = JsonLdProcessor.Expand(JsonNode.Parse(document), new JsonLdOptions { Base = "https://two.example/doc" });

        Assert.NotNull(first[0]!["https://one.example/docname"]);
        Assert.NotNull(second[0]!["https://two.example/docname"]);
    }

    [Fact]
    public void Changing_an_inline_context_between_calls_changes_the_result()
    {
        var document = JsonNode.Parse("""{"@context": {"name": "https://one.example/name"}, "name": "x"}""")!.AsObject();
        var first = JsonLdProcessor.Expand(document);

        document["@context"]!["name"] = "https://two.example/name";
        var second = JsonLdProcessor.Expand(document);

        Assert.NotNull(first[0]!["https://one.example/name"]);
        Assert.NotNull(second[0]!["https://two.example/name"]);
    }

    [Fact]
    public async Task Async_expansion_waits_for_a_loader_that_does_io()
    {
        var loader = new DelayedLoader(StaticDocumentLoader.Bundled);
        var input = Corpus("mastodon-note-1.json");

        var expanded = await JsonLdProcessor.ExpandAsync(input, new JsonLdOptions { DocumentLoader = loader });

        Assert.True(JsonNode.DeepEquals(JsonLdProcessor.Expand(input), expanded));
        Assert.True(loader.Loads > 0);
    }

    [Fact]
    public void Expand_context_option_applies_before_the_document()
    {
        var input = JsonNode.Parse("""{"type": "Note", "content": "hello"}""");

        var expanded = JsonLdProcessor.Expand(input, new JsonLdOptions { ExpandContext = JsonValue.Create(BundledContexts.ActivityStreams) });

        Assert.Equal("https://www.w3.org/ns/activitystreams#Note", expanded[0]!["@type"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Compact_arrays_option_keeps_single_values_in_arrays()
    {
        var input = JsonNode.Parse("""[{"@id": "https://a.example/1", "https://v.example/p": [{"@value": "x"}]}]""");
        var context = JsonNode.Parse("""{"p": "https://v.example/p"}""");

        var compacted = JsonLdProcessor.Compact(input, context, new JsonLdOptions { CompactArrays = false });

        Assert.IsType<JsonArray>(compacted["@graph"]);
        Assert.IsType<JsonArray>(compacted["@graph"]![0]!["p"]);
    }

    [Fact]
    public void Shared_context_caches_give_the_same_results_across_threads()
    {
        var directory = Path.Combine(SharedPaths.Conformance, "activitystreams");
        var texts = Directory.GetFiles(directory, "*.json").Where(f => !f.EndsWith("index.json", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToArray();
        // A fresh loader, so the caches start empty and are filled concurrently.
        var options = new JsonLdOptions { DocumentLoader = StaticDocumentLoader.Bundled.WithUnknownContexts(UnknownContextPolicy.TreatAsEmpty) };
        var parallel = new string[texts.Length * 4];

        Parallel.For(0, parallel.Length, i => parallel[i] = JsonLdProcessor.Expand(JsonNode.Parse(texts[i % texts.Length]), options).ToJsonString());

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(JsonLdProcessor.Expand(JsonNode.Parse(texts[i % texts.Length]), options).ToJsonString(), parallel[i]);
        }
    }

    [Fact]
    public async Task A_failing_custom_loader_becomes_a_JSON_LD_error()
    {
        var options = new JsonLdOptions { DocumentLoader = new FailingLoader() };
        var input = JsonNode.Parse("""{"@context": "https://broken.example/ctx", "name": "x"}""");

        var sync = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(input, options));
        var async = await Assert.ThrowsAsync<JsonLdException>(() => JsonLdProcessor.ExpandAsync(input, options).AsTask());

        Assert.Equal(JsonLdErrorCode.LoadingRemoteContextFailed, sync.ErrorCode);
        Assert.Equal(JsonLdErrorCode.LoadingRemoteContextFailed, async.ErrorCode);
        Assert.Contains("disk on fire", async.Message, StringComparison.Ordinal);
    }

    private sealed class FailingLoader : IDocumentLoader
    {
        public async ValueTask<RemoteDocument> LoadAsync(Uri url, CancellationToken ct)
        {
            await Task.Yield();
            throw new IOException("disk on fire");
        }
    }

    private sealed class CountingLoader(IDocumentLoader inner) : IDocumentLoader
    {
        public int Loads { get; private set; }

        public ValueTask<RemoteDocument> LoadAsync(Uri url, CancellationToken ct)
        {
            Loads++;
            return inner.LoadAsync(url, ct);
        }
    }

    /// <summary>Completes every load asynchronously, as a loader doing real I/O does.</summary>
    private sealed class DelayedLoader(IDocumentLoader inner) : IDocumentLoader
    {
        public int Loads { get; private set; }

        public async ValueTask<RemoteDocument> LoadAsync(Uri url, CancellationToken ct)
        {
            Loads++;
            await Task.Yield();
            return await inner.LoadAsync(url, ct);
        }
    }
}
