using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.ActivityPub.Addressing;

/// <summary>
/// Reads a reference-valued property (<c>to</c>, <c>cc</c>, <c>actor</c>, <c>object</c>,
/// <c>attributedTo</c>...) whichever way the sender wrote it: an IRI string, an embedded object with
/// <c>id</c> (or a Link with <c>href</c>), or an array mixing both. Entries without an identifier
/// (anonymous embedded objects) are skipped; order and duplicates are kept as sent.
/// </summary>
public static class ObjectReferences
{
    /// <summary>The IRIs of <paramref name="property"/> on <paramref name="document"/>; empty when absent.</summary>
    public static IReadOnlyList<string> Of(JsonElement document, string property) =>
        document.ValueKind == JsonValueKind.Object && document.TryGetProperty(property, out var value) ? IdsOf(value) : [];

    public static IReadOnlyList<string> IdsOf(JsonElement value)
    {
        var ids = new List<string>();
        Collect(value, ids, depth: 0);
        return ids;
    }

    /// <summary>The single IRI a property holds, or null when it is absent, anonymous, or holds several.</summary>
    public static string? SingleOf(JsonElement document, string property) => Of(document, property) is [var only] ? only : null;

    public static IReadOnlyList<string> Of(JsonNode? document, string property) =>
        document is JsonObject obj && obj.TryGetPropertyValue(property, out var value) ? IdsOf(value) : [];

    public static IReadOnlyList<string> IdsOf(JsonNode? value)
    {
        var ids = new List<string>();
        Collect(value, ids, depth: 0);
        return ids;
    }

    public static string? SingleOf(JsonNode? document, string property) => Of(document, property) is [var only] ? only : null;

    private static void Collect(JsonElement value, List<string> ids, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                AddIfPresent(value.GetString(), ids);
                break;
            case JsonValueKind.Object:
                AddIfPresent(IdOf(value), ids);
                break;
            // JSON-LD arrays do not nest, but a hostile document may; one level of nesting is plenty.
            case JsonValueKind.Array when depth == 0:
                foreach (var item in value.EnumerateArray())
                {
                    Collect(item, ids, depth + 1);
                }

                break;
            default:
                break;
        }
    }

    private static void Collect(JsonNode? value, List<string> ids, int depth)
    {
        switch (value)
        {
            case JsonValue scalar when scalar.TryGetValue<string>(out var text):
                AddIfPresent(text, ids);
                break;
            case JsonObject obj:
                AddIfPresent(IdOf(obj), ids);
                break;
            case JsonArray array when depth == 0:
                foreach (var item in array)
                {
                    Collect(item, ids, depth + 1);
                }

                break;
            default:
                break;
        }
    }

    private static string? IdOf(JsonElement obj)
    {
        foreach (var key in (ReadOnlySpan<string>)["id", "@id", "href"])
        {
            if (obj.TryGetProperty(key, out var id) && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }
        }

        return null;
    }

    private static string? IdOf(JsonObject obj)
    {
        foreach (var key in (ReadOnlySpan<string>)["id", "@id", "href"])
        {
            if (obj.TryGetPropertyValue(key, out var id) && id is JsonValue value && value.TryGetValue<string>(out var text))
            {
                return text;
            }
        }

        return null;
    }

    private static void AddIfPresent(string? id, List<string> ids)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            ids.Add(id);
        }
    }
}
