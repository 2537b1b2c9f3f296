using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Tests.Corpus;

/// <summary>Reads facts out of an expanded node object (every property is an array of node or value objects).</summary>
internal sealed class ExpandedNode(JsonObject node)
{
    public const string As = "https://www.w3.org/ns/activitystreams#";
    public const string Ldp = "http://www.w3.org/ns/ldp#";
    public const string Sec = "https://w3id.org/security#";

    public JsonObject Json { get; } = node;

    public string? Id => Json["@id"]?.GetValue<string>();

    public IEnumerable<string> Types => Json["@type"] is JsonArray types ? types.Select(t => t!.GetValue<string>()) : [];

    public IEnumerable<JsonObject> Items(string iri) =>
        Json[iri] is JsonArray items ? items.OfType<JsonObject>() : [];

    public IEnumerable<ExpandedNode> Nodes(string iri) => Items(iri).Where(i => !i.ContainsKey("@value")).Select(i => new ExpandedNode(i));

    /// <summary>The IRIs referenced by a property: node @ids, and the href of Link objects.</summary>
    public IEnumerable<string> Iris(string iri) =>
        Nodes(iri).Select(n => n.Id ?? n.Iris(As + "href").FirstOrDefault()).OfType<string>();

    public IEnumerable<JsonNode> Literals(string iri) =>
        Items(iri).Where(i => i.ContainsKey("@value")).Select(i => i["@value"]!);

    public string? Literal(string iri) => Literals(iri).Select(v => v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()).FirstOrDefault();

    public bool Has(string iri) => Json[iri] is JsonArray { Count: > 0 };

    /// <summary>The name after the namespace; "_:X" for terms only the AS context's "@vocab": "_:" catches.</summary>
    public static string LocalName(string iri) =>
        iri.StartsWith("_:", StringComparison.Ordinal) ? iri[2..] : iri[(Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/')) + 1)..];
}
