using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Expansion;

/// <summary>Small helpers over System.Text.Json.Nodes shared by expansion and compaction.</summary>
internal static class JsonLdNodes
{
    /// <summary>A parentless copy of a node, so it can be put into output. Parsed values are not decoded:
    /// the copy refers to the same parsed text.</summary>
    public static JsonNode? Copy(JsonNode? node) => node?.DeepClone();

    public static bool IsString(JsonNode? node, out string value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        value = null!;
        return false;
    }

    public static string? AsString(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static bool IsScalar(JsonNode? node) => node is JsonValue;

    public static JsonArray AsArray(JsonNode? node)
    {
        if (node is JsonArray a)
        {
            return a;
        }

        var array = new JsonArray();
        if (node is not null)
        {
            array.Add(node);
        }

        return array;
    }

    /// <summary>Appends <paramref name="value"/> (flattening an array) to the array at <paramref name="key"/>.</summary>
    public static void AddValue(JsonObject target, string key, JsonNode? value)
    {
        if (!target.TryGetPropertyValue(key, out var existing))
        {
            // The common case: a fresh array for a new property is used as is, not copied.
            if (value is JsonArray fresh && fresh.Parent is null)
            {
                target.Add(key, fresh);
            }
            else
            {
                target.Add(key, new JsonArray(value));
            }

            return;
        }

        if (existing is not JsonArray array)
        {
            array = new JsonArray();
            target.Remove(key);
            array.Add(existing);
            target.Add(key, array);
        }

        if (value is JsonArray values)
        {
            foreach (var item in TakeItems(values))
            {
                array.Add(item);
            }
        }
        else
        {
            array.Add(value);
        }
    }

    /// <summary>Detaches and returns the items of an array (so they can be re-parented).</summary>
    public static JsonNode?[] TakeItems(JsonArray array)
    {
        var items = new JsonNode?[array.Count];
        ((ICollection<JsonNode?>)array).CopyTo(items, 0);
        array.Clear();
        return items;
    }

    public static bool IsValueObject(JsonNode? node) => node is JsonObject o && o.ContainsKey(Keywords.Value);

    public static bool IsListObject(JsonNode? node) => node is JsonObject o && o.ContainsKey(Keywords.List);

    public static bool IsGraphObject(JsonNode? node)
    {
        if (node is not JsonObject o || !o.ContainsKey(Keywords.Graph))
        {
            return false;
        }

        foreach (var (key, _) in o)
        {
            if (key is not (Keywords.Graph or Keywords.Id or Keywords.Index or Keywords.Context))
            {
                return false;
            }
        }

        return true;
    }

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Entries(JsonObject obj, bool ordered) =>
        ordered ? obj.OrderBy(e => e.Key, StringComparer.Ordinal) : obj;
}
