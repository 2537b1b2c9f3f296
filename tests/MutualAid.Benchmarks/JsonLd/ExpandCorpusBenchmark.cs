using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using MutualAid.JsonLd;
using MutualAid.JsonLd.Loading;

namespace MutualAid.Benchmarks.JsonLd;

/// <summary>
/// Expands every document of the ActivityStreams corpus (120) with the bundled contexts, the way a
/// consumer does: AS and security contexts assumed underneath, unknown instance contexts as empty.
/// docs/s = 120 / Mean. compare.sh runs this and jsonld.js on the same documents.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ExpandCorpusBenchmark
{
    private static readonly JsonLdOptions Options = new()
    {
        DocumentLoader = StaticDocumentLoader.Bundled.WithUnknownContexts(UnknownContextPolicy.TreatAsEmpty),
        ExpandContext = new JsonArray(BundledContexts.ActivityStreams, BundledContexts.SecurityV1),
    };

    private JsonNode[] _documents = [];
    private JsonNode _mastodonCreateNote = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusDocuments.Load();
        _documents = corpus.Select(d => d.Document).ToArray();
        _mastodonCreateNote = corpus.Single(d => d.File == "mastodon-create-note-1.json").Document;
        // Contexts preloaded: the first expansion processes and caches them, as in jsonld.js's run.
        ExpandAll();
    }

    [Benchmark(Description = "Expand whole AS corpus (120 docs)")]
    public int ExpandAll()
    {
        var total = 0;
        foreach (var document in _documents)
        {
            total += JsonLdProcessor.Expand(document, Options).Count;
        }

        return total;
    }

    [Benchmark(Description = "Expand mastodon-create-note-1")]
    public int ExpandMastodonCreateNote() => JsonLdProcessor.Expand(_mastodonCreateNote, Options).Count;
}
