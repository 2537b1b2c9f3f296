using System.Text.Json.Nodes;
using MutualAid.JsonLd.Loading;

namespace MutualAid.JsonLd.Tests.Vocabulary;

/// <summary>
/// Every example in spec/examples expands through our own processor with nothing dropped: a term missing from
/// spec/context.jsonld would either vanish or (because the ActivityStreams context sets "@vocab": "_:") turn into a
/// blank-node predicate, and both are caught here.
/// </summary>
public sealed class SpecExampleTests
{
    private const string Namespace = "https://w3id.org/mutual-aid#";

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(SharedPaths.RepoRoot, "spec", "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void There_is_an_example_of_every_listing_kind()
    {
        var kinds = Directory.GetFiles(Path.Combine(SharedPaths.RepoRoot, "spec", "examples"), "*.json")
            .Select(path => JsonNode.Parse(File.ReadAllText(path))!)
            .SelectMany(doc => doc.AsObject()["object"] is JsonObject note && note["listingKind"] is JsonNode kind ? [kind.GetValue<string>()] : Array.Empty<string>())
            .ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["offer", "need", "fund", "contact", "service", "savings-circle"], StringComparer.Ordinal), kinds);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Expansion_keeps_every_property(string example)
    {
        var document = JsonNode.Parse(File.ReadAllText(ExamplePath(example)))!.AsObject();
        var expanded = JsonLdProcessor.Expand(document);

        var blank = Predicates(expanded).Where(p => p.StartsWith("_:", StringComparison.Ordinal)).ToList();
        Assert.True(blank.Count == 0, $"{example}: terms not defined by any context: {string.Join(", ", blank)}");

        // Compacting the expanded form back with the same context must give back every key the example used.
        var roundTrip = JsonLdProcessor.Compact(expanded, document["@context"]!.DeepClone());
        var missing = Keys(document).Except(Keys(roundTrip), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{example}: dropped by expansion: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Referencing_our_context_by_url_reads_the_same_as_inlining_it(string example)
    {
        var document = JsonNode.Parse(File.ReadAllText(ExamplePath(example)))!.AsObject();
        var inline = JsonLdProcessor.Expand(document);
        var byUrl = document.DeepClone().AsObject();
        var contexts = byUrl["@context"]!.AsArray();
        var ours = contexts.Select((c, i) => (c, i)).Single(p => p.c is JsonObject o && o["ma"]?.GetValue<string>() == Namespace).i;
        contexts[ours] = BundledContexts.MutualAid;

        var expanded = JsonLdProcessor.Expand(byUrl);

        Assert.True(JsonNode.DeepEquals(inline, expanded), $"{example}: the bundled context differs from the inlined one");
    }

    [Theory]
    [InlineData("create-offer.json")]
    [InlineData("create-need.json")]
    [InlineData("create-fund.json")]
    [InlineData("create-contact.json")]
    [InlineData("create-service.json")]
    [InlineData("create-savings-circle.json")]
    public void Listing_facts_arrive_under_our_namespace(string example)
    {
        var expanded = JsonLdProcessor.Expand(JsonNode.Parse(File.ReadAllText(ExamplePath(example))));
        var predicates = Predicates(expanded).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(Namespace + "listingKind", predicates);
        Assert.Contains(Namespace + "listingStatus", predicates);
        Assert.Contains(Namespace + "category", predicates);
    }

    private static string ExamplePath(string name) => Path.Combine(SharedPaths.RepoRoot, "spec", "examples", name);

    private static IEnumerable<string> Predicates(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Predicates),
        JsonObject obj => obj.SelectMany(p => p.Key.StartsWith('@') && p.Key != "@reverse" ? Predicates(p.Value) : Predicates(p.Value).Prepend(p.Key)),
        _ => [],
    };

    private static HashSet<string> Keys(JsonNode? node)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Collect(node, keys);
        return keys;

        static void Collect(JsonNode? node, HashSet<string> keys)
        {
            switch (node)
            {
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Collect(item, keys);
                    }

                    break;
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "@context")
                        {
                            continue;
                        }

                        keys.Add(key);
                        Collect(value, keys);
                    }

                    break;
            }
        }
    }
}
