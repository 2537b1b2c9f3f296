using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Context;

/// <summary>
/// Identifies an inline context by its content, so the same @context object arriving in every
/// Mastodon document is processed once. Hashing reads parsed values' raw UTF-8 in place: no text
/// of the context is built on the hot path.
/// </summary>
internal sealed class ContextFingerprint : IEquatable<ContextFingerprint>
{
    private readonly int _hash;

    public ContextFingerprint(JsonNode node)
        : this(node, ComputeHash(node))
    {
    }

    private ContextFingerprint(JsonNode node, int hash)
    {
        Node = node;
        _hash = hash;
    }

    public JsonNode Node { get; }

    /// <summary>A copy that owns its node, for keeping in the cache (the caller's node may change later).</summary>
    public ContextFingerprint Detached() => new(Node.DeepClone(), _hash);

    public bool Equals(ContextFingerprint? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && SameContent(Node, other.Node)));

    public override bool Equals(object? obj) => obj is ContextFingerprint other && Equals(other);

    public override int GetHashCode() => _hash;

    private static int ComputeHash(JsonNode node)
    {
        var hash = new HashCode();
        Add(ref hash, node, 0);
        return hash.ToHashCode();
    }

    private static void Add(ref HashCode hash, JsonNode? node, int depth)
    {
        if (depth > JsonLdOptions.DefaultMaxDepth)
        {
            throw JsonLdException.Of(JsonLdErrorCode.MaxDepthExceeded, "the context nests too deeply");
        }

        switch (node)
        {
            case null:
                hash.Add(0);
                break;
            case JsonObject o:
                hash.Add(1);
                for (var i = 0; i < o.Count; i++)
                {
                    var (key, value) = o.GetAt(i);
                    hash.Add(key);
                    Add(ref hash, value, depth + 1);
                }

                break;
            case JsonArray a:
                hash.Add(2);
                for (var i = 0; i < a.Count; i++)
                {
                    Add(ref hash, a[i], depth + 1);
                }

                break;
            case JsonValue v when v.TryGetValue<JsonElement>(out var element):
                hash.AddBytes(JsonMarshal.GetRawUtf8Value(element));
                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                hash.Add(text, StringComparer.Ordinal);
                break;
            case JsonValue v:
                hash.Add(v.ToJsonString(), StringComparer.Ordinal);
                break;
        }
    }

    private static bool SameContent(JsonNode? a, JsonNode? b)
    {
        switch (a)
        {
            case null:
                return b is null;
            case JsonObject oa:
                if (b is not JsonObject ob || oa.Count != ob.Count)
                {
                    return false;
                }

                // Compared in order (allocation-free); a reordered context just misses the cache.
                for (var i = 0; i < oa.Count; i++)
                {
                    var (ka, valueA) = oa.GetAt(i);
                    var (kb, valueB) = ob.GetAt(i);
                    if (ka != kb || !SameContent(valueA, valueB))
                    {
                        return false;
                    }
                }

                return true;
            case JsonArray aa:
                if (b is not JsonArray ab || aa.Count != ab.Count)
                {
                    return false;
                }

                for (var i = 0; i < aa.Count; i++)
                {
                    if (!SameContent(aa[i], ab[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return b is JsonValue vb && SameValue((JsonValue)a, vb);
        }
    }

    /// <summary>
    /// Parsed values compare by raw UTF-8, values built in code by their string or JSON text. Values of
    /// different origins compare unequal even when they mean the same: that costs a cache miss, never a wrong hit.
    /// </summary>
    private static bool SameValue(JsonValue a, JsonValue b)
    {
        if (a.TryGetValue<JsonElement>(out var ea))
        {
            return b.TryGetValue<JsonElement>(out var eb) && JsonMarshal.GetRawUtf8Value(ea).SequenceEqual(JsonMarshal.GetRawUtf8Value(eb));
        }

        if (a.TryGetValue<string>(out var sa))
        {
            return b.TryGetValue<string>(out var sb) && sa == sb;
        }

        return !b.TryGetValue<JsonElement>(out _) && !b.TryGetValue<string>(out _) && a.ToJsonString() == b.ToJsonString();
    }
}
