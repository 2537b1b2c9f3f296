using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Tests.Expansion;

/// <summary>Guards the hot path: a typical Mastodon Create(Note) must stay cheap once its contexts are cached.</summary>
public sealed class ExpansionCostTests
{
    [Fact]
    public void Expanding_a_mastodon_create_note_allocates_little_more_than_its_output()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(SharedPaths.Conformance, "activitystreams", "mastodon-create-note-1.json")))!;
        for (var i = 0; i < 20; i++)
        {
            JsonLdProcessor.Expand(document);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        const int Runs = 50;
        for (var i = 0; i < Runs; i++)
        {
            JsonLdProcessor.Expand(document);
        }

        var perDocument = (GC.GetAllocatedBytesForCurrentThread() - before) / Runs;
        // About 20 KB today, nearly all of it the output nodes; re-processing the contexts, or building
        // text for every term, would cost several times that.
        Assert.True(perDocument < 40_000, $"{perDocument} bytes allocated per expansion");
    }

    [Fact]
    public async Task Expansion_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var document = JsonNode.Parse("""{"@context": {"@vocab": "https://v.example/"}, "name": "x"}""");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JsonLdProcessor.ExpandAsync(document, ct: cancelled.Token).AsTask());
    }
}
