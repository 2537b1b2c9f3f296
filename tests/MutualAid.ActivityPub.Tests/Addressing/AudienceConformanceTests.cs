using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.ActivityPub.Addressing;

namespace MutualAid.ActivityPub.Tests.Addressing;

/// <summary>
/// Every document of the ActivityStreams corpus, read through <see cref="Audience"/> and
/// <see cref="ObjectReferences"/>, must give the addressing facts its index.json records, at the
/// top level and for each embedded object.
/// </summary>
public sealed class AudienceConformanceTests
{
    private static readonly string[] ReferenceLists = ["to", "cc", "bto", "bcc", "audience", "attributedTo"];

    public static TheoryData<string> CorpusFiles() => new(FileNames());

    private static List<string> FileNames()
    {
        using var index = ConformanceCorpus.ReadIndex();
        return index.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("file").GetString()!).ToList();
    }

    [Fact]
    public void The_corpus_has_every_document_its_index_lists()
    {
        using var index = ConformanceCorpus.ReadIndex();
        var listed = index.RootElement.GetProperty("entries").GetArrayLength();

        Assert.Equal(index.RootElement.GetProperty("counts").GetProperty("documents").GetInt32(), listed);
        Assert.True(listed >= 120, $"expected the 120-document corpus, found {listed}");
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Extracts_addressing_from_the_JSON_element(string file)
    {
        using var document = ConformanceCorpus.ReadDocument(file);
        var expect = Expectation(file);

        var checkedFacts = CheckElement(document.RootElement, expect, file);

        Assert.True(checkedFacts > 0 || !HasAddressingFacts(expect), $"{file}: nothing was checked");
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Extracts_the_same_addressing_from_the_JSON_node(string file)
    {
        var node = JsonNode.Parse(File.ReadAllBytes(Path.Combine(ConformanceCorpus.ActivityStreamsDirectory, file)));
        var expect = Expectation(file);

        CheckNode(node, expect, file);
    }

    [Fact]
    public void The_corpus_covers_all_three_spellings_of_Public()
    {
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in FileNames())
        {
            using var document = ConformanceCorpus.ReadDocument(file);
            foreach (var addressing in Audience.From(document.RootElement).PublicAddressing)
            {
                spellings.Add(addressing.Spelling);
            }
        }

        Assert.Equal([PublicCollection.Term, PublicCollection.CompactIri, PublicCollection.Iri], spellings.Order(StringComparer.Ordinal));
    }

    private static JsonElement Expectation(string file)
    {
        using var index = ConformanceCorpus.ReadIndex();
        var entry = index.RootElement.GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("file").GetString() == file);
        return entry.GetProperty("expect").Clone();
    }

    private static bool HasAddressingFacts(JsonElement expect) =>
        expect.TryGetProperty("is_public", out _) || expect.TryGetProperty("actor", out _) || expect.TryGetProperty("object", out _);

    private static int CheckElement(JsonElement actual, JsonElement expect, string where)
    {
        var facts = 0;
        foreach (var field in ReferenceLists)
        {
            if (expect.TryGetProperty(field, out var expected))
            {
                Assert.True(
                    Strings(expected).SequenceEqual(ObjectReferences.Of(actual, field)),
                    $"{where}.{field}: expected [{string.Join(", ", Strings(expected))}], got [{string.Join(", ", ObjectReferences.Of(actual, field))}]");
                facts++;
            }
        }

        if (expect.TryGetProperty("actor", out var actor) && actor.ValueKind == JsonValueKind.String)
        {
            Assert.Equal(actor.GetString(), ObjectReferences.SingleOf(actual, "actor"));
            facts++;
        }

        var audience = Audience.From(actual);
        if (expect.TryGetProperty("is_public", out var isPublic))
        {
            Assert.True(isPublic.GetBoolean() == audience.IsPublic, $"{where}: is_public should be {isPublic.GetBoolean()}");
            facts++;
        }

        if (expect.TryGetProperty("public_addressing", out var addressing))
        {
            var expectedAddressing = addressing.EnumerateArray()
                .Select(a => new PublicAddressing(a.GetProperty("field").GetString()!, a.GetProperty("spelling").GetString()!))
                .ToList();
            Assert.Equal(expectedAddressing, audience.PublicAddressing);
            facts++;
        }

        if (expect.TryGetProperty("object", out var expectedObject))
        {
            facts += CheckObject(actual, expectedObject, where);
        }

        return facts;
    }

    private static int CheckObject(JsonElement actual, JsonElement expectedObject, string where)
    {
        switch (expectedObject.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(expectedObject.GetProperty("id").GetString(), ObjectReferences.SingleOf(actual, "object"));
                return 1 + CheckElement(actual.GetProperty("object"), expectedObject, where + ".object");
            case JsonValueKind.String:
                Assert.Equal(expectedObject.GetString(), ObjectReferences.SingleOf(actual, "object"));
                return 1;
            case JsonValueKind.Array:
                Assert.Equal(Strings(expectedObject), ObjectReferences.Of(actual, "object"));
                return 1;
            default:
                Assert.Empty(ObjectReferences.Of(actual, "object"));
                return 1;
        }
    }

    private static void CheckNode(JsonNode? actual, JsonElement expect, string where)
    {
        foreach (var field in ReferenceLists)
        {
            if (expect.TryGetProperty(field, out var expected))
            {
                Assert.True(Strings(expected).SequenceEqual(ObjectReferences.Of(actual, field)), $"{where}.{field} (JsonNode)");
            }
        }

        if (expect.TryGetProperty("actor", out var actor) && actor.ValueKind == JsonValueKind.String)
        {
            Assert.Equal(actor.GetString(), ObjectReferences.SingleOf(actual, "actor"));
        }

        var audience = Audience.From(actual);
        if (expect.TryGetProperty("is_public", out var isPublic))
        {
            Assert.Equal(isPublic.GetBoolean(), audience.IsPublic);
        }

        if (expect.TryGetProperty("object", out var expectedObject) && expectedObject.ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(expectedObject.GetProperty("id").GetString(), ObjectReferences.SingleOf(actual, "object"));
            CheckNode(actual!["object"], expectedObject, where + ".object");
        }
    }

    private static List<string> Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
