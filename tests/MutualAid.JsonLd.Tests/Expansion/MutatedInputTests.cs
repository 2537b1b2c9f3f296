using System.Text.Json.Nodes;
using MutualAid.JsonLd.Loading;
using MutualAid.JsonLd.Tests.Conformance;

namespace MutualAid.JsonLd.Tests.Expansion;

/// <summary>
/// Seeded random damage to real inputs (W3C suite and fediverse corpus): whatever the processor makes
/// of them, it either answers or throws JsonLdException; it never crashes with another exception.
/// </summary>
public sealed class MutatedInputTests
{
    private static readonly JsonNode?[] Replacements =
    [
        null, 0, -1.5, true, "", "@id", "@type", "@context", "@list", "@set", "@graph", "@reverse", "@value", "@language",
        "_:b0", "http://example.org/", "ex:thing", "../relative", new JsonObject(), new JsonArray(),
        new JsonObject { ["@id"] = "x" }, new JsonObject { ["@value"] = new JsonObject() }, new JsonArray(1, "a", null),
        new JsonObject { ["@context"] = new JsonObject { ["@vocab"] = "http://v.example/" } },
        new JsonObject { ["@list"] = new JsonArray(new JsonObject { ["@list"] = new JsonArray() }) },
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 0; seed < 60; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Damaged_documents_and_contexts_expand_and_compact_or_fail_with_a_JSON_LD_error(int seed)
    {
        var random = new Random(seed);
        var inputs = Inputs();
        var contexts = Directory.GetFiles(Path.Combine(W3cManifest.Directory, "compact"), "*-context.jsonld").Order(StringComparer.Ordinal).ToArray();
        var options = new JsonLdOptions
        {
            DocumentLoader = new FileDocumentLoader(StaticDocumentLoader.Bundled.WithUnknownContexts(UnknownContextPolicy.TreatAsEmpty),
                new Dictionary<string, string> { [W3cManifest.BaseIri] = W3cManifest.Directory }),
            Base = W3cManifest.BaseIri + "expand/0001-in.jsonld",
        };
        for (var round = 0; round < 25; round++)
        {
            var document = JsonNode.Parse(File.ReadAllText(inputs[random.Next(inputs.Length)]));
            for (var damage = random.Next(1, 4); damage > 0; damage--)
            {
                document = Damage(document, random);
            }

            var context = JsonNode.Parse(File.ReadAllText(contexts[random.Next(contexts.Length)]));
            if (random.Next(2) == 0)
            {
                context = Damage(context, random);
            }

            try
            {
                var expanded = JsonLdProcessor.Expand(document, options);
                JsonLdProcessor.Compact(expanded, context, options);
            }
            catch (JsonLdException)
            {
                // A JSON-LD error is an acceptable answer to damaged input.
            }
        }
    }

    private static string[] Inputs() =>
        Directory.GetFiles(Path.Combine(W3cManifest.Directory, "expand"), "*-in.jsonld")
            .Concat(Directory.GetFiles(Path.Combine(SharedPaths.Conformance, "activitystreams"), "*-1.json"))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Replaces one randomly chosen node (or the root) with a replacement value.</summary>
    private static JsonNode? Damage(JsonNode? root, Random random)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var replacement = Replacements[random.Next(Replacements.Length)]?.DeepClone();
        if (nodes.Count == 0 || random.Next(20) == 0)
        {
            return replacement;
        }

        var target = nodes[random.Next(nodes.Count)];
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                return root;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                return root;
            default:
                return replacement;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, value) in o)
                {
                    Collect(value, nodes);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, nodes);
                }

                break;
        }
    }
}
