using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Tests.Conformance;

/// <summary>One entry of a W3C JSON-LD test manifest (expand-manifest.jsonld, compact-manifest.jsonld).</summary>
internal sealed record W3cTestCase(
    string Manifest,
    string Id,
    string Name,
    bool IsNegative,
    string Input,
    string? Expect,
    string? Context,
    string? ExpectErrorCode,
    string? Base,
    string? ExpandContext,
    string? ProcessingMode,
    string? SpecVersion,
    bool? CompactArrays,
    bool? CompactToRelative)
{
    public override string ToString() => Manifest + Id;
}

internal static class W3cManifest
{
    public const string BaseIri = "https://w3c.github.io/json-ld-api/tests/";

    public static string Directory => Path.Combine(SharedPaths.Conformance, "json-ld");

    public static IReadOnlyList<W3cTestCase> Load(string kind)
    {
        var path = Path.Combine(Directory, kind + "-manifest.jsonld");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var cases = new List<W3cTestCase>();
        foreach (var entry in root["sequence"]!.AsArray())
        {
            var e = entry!.AsObject();
            var types = e["@type"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
            var option = e["option"] as JsonObject;
            cases.Add(new W3cTestCase(
                kind,
                e["@id"]!.GetValue<string>(),
                e["name"]?.GetValue<string>() ?? string.Empty,
                types.Contains("jld:NegativeEvaluationTest"),
                e["input"]!.GetValue<string>(),
                e["expect"]?.GetValue<string>(),
                e["context"]?.GetValue<string>(),
                e["expectErrorCode"]?.GetValue<string>(),
                option?["base"]?.GetValue<string>(),
                option?["expandContext"]?.GetValue<string>(),
                option?["processingMode"]?.GetValue<string>(),
                option?["specVersion"]?.GetValue<string>(),
                option?["compactArrays"]?.GetValue<bool>(),
                option?["compactToRelative"]?.GetValue<bool>()));
        }

        return cases;
    }
}
