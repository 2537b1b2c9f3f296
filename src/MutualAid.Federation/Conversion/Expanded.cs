using System.Text.Json.Nodes;
using MutualAid.ActivityPub.Addressing;
using MutualAid.JsonLd;

namespace MutualAid.Federation.Conversion;

/// <summary>
/// A node of an expanded JSON-LD document, read by full IRI: aliased terms, compact IRIs and every context
/// spelling arrive here the same. Undefined terms became <c>_:</c> predicates on expansion and are never read.
/// </summary>
public sealed class Expanded(JsonObject node)
{
    public const string As = "https://www.w3.org/ns/activitystreams#";
    public const string Ma = "https://w3id.org/mutual-aid#";
    public const string Vf = "https://w3id.org/valueflows/ont/vf#";
    public const string Om2 = "http://www.ontology-of-units-of-measure.org/resource/om-2/";
    public const string Schema = "https://schema.org/";
    public const string Security = "https://w3id.org/security#";
    public const string Ldp = "http://www.w3.org/ns/ldp#";

    public JsonObject Node { get; } = node;

    public string? Id => Node["@id"]?.GetValue<string>();

    public IReadOnlyList<string> Types =>
        Node["@type"] is JsonArray types ? [.. types.Select(t => t!.GetValue<string>())] : [];

    /// <summary>The local name of the first ActivityStreams type (<c>Follow</c>, <c>Note</c>), or the full IRI of another.</summary>
    public string Type => Types.Select(t => t.StartsWith(As, StringComparison.Ordinal) ? t[As.Length..] : t).FirstOrDefault() ?? "";

    public bool Is(string asType) => Types.Contains(As + asType, StringComparer.Ordinal);

    /// <summary>Expands a compacted document with bundled contexts only; AS is assumed when a document names no context.</summary>
    public static Expanded? Parse(JsonNode document)
    {
        var options = new JsonLdOptions
        {
            DocumentLoader = MutualAidContext.Loader,
            ExpandContext = new JsonArray(MutualAidContext.ActivityStreams),
        };
        var expanded = JsonLdProcessor.Expand(document, options);
        return expanded.Count > 0 && expanded[0] is JsonObject first ? new Expanded(first) : null;
    }

    public IEnumerable<JsonNode> Values(string iri) =>
        Node[iri] is JsonArray values ? values.Where(v => v is not null).Select(v => v!) : [];

    public string? String(string iri) => Values(iri).Select(ValueText).FirstOrDefault(v => v is not null);

    /// <summary>The value for <paramref name="language"/> if there is one, else the first value.</summary>
    public (string? Text, string? Language) LanguageString(string iri)
    {
        var values = Values(iri).OfType<JsonObject>().ToList();
        var first = values.FirstOrDefault(v => v["@language"] is not null) ?? values.FirstOrDefault();
        return first is null ? (null, null) : (ValueText(first), first["@language"]?.GetValue<string>());
    }

    public bool? Boolean(string iri) => Values(iri).OfType<JsonObject>().Select(v => v["@value"]).FirstOrDefault() switch
    {
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<string>(out var s) => s == "true" ? true : s == "false" ? false : null,
        _ => null,
    };

    public double? Number(string iri) => Values(iri).OfType<JsonObject>().Select(v => v["@value"]).FirstOrDefault() switch
    {
        JsonValue value when value.TryGetValue<double>(out var d) => d,
        JsonValue value when value.TryGetValue<string>(out var s) && double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public DateTimeOffset? Time(string iri) =>
        String(iri) is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    /// <summary>IRIs referenced by the property (node references or embedded nodes' ids); "Public" in any spelling comes out canonical.</summary>
    public IReadOnlyList<string> Ids(string iri) =>
        [.. Values(iri).OfType<JsonObject>().Select(v => v["@id"]?.GetValue<string>() ?? ValueText(v)).Where(v => v is not null).Select(v => PublicCollection.Canonicalize(EndsWithPublic(v!)))];

    public string? IdOf(string iri) => Ids(iri).FirstOrDefault();

    public Expanded? Object(string iri) => Values(iri).OfType<JsonObject>().Where(o => o["@value"] is null).Select(o => new Expanded(o)).FirstOrDefault();

    public IEnumerable<Expanded> Objects(string iri) => Values(iri).OfType<JsonObject>().Where(o => o["@value"] is null).Select(o => new Expanded(o));

    public IReadOnlyList<string> Strings(string iri) => [.. Values(iri).Select(ValueText).Where(v => v is not null).Select(v => v!)];

    private static string? ValueText(JsonNode value) => value switch
    {
        JsonObject o when o["@value"] is JsonValue v => v.TryGetValue<string>(out var s) ? s : v.ToJsonString(),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => null,
    };

    // "Public" is a relative IRI reference to JSON-LD; resolved against a base it ends in "/Public" or "#Public".
    private static string EndsWithPublic(string reference) =>
        reference is "Public" or "as:Public" ? PublicCollection.Iri : reference;
}
