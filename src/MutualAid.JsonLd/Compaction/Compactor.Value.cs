using System.Text.Json.Nodes;
using MutualAid.JsonLd.Context;
using static MutualAid.JsonLd.Expansion.JsonLdNodes;

namespace MutualAid.JsonLd.Compaction;

/// <summary>Value Compaction (JSON-LD 1.1 API, section 6.4).</summary>
internal sealed partial class Compactor
{
    private JsonNode? CompactValue(ActiveContext active, string? activeProperty, JsonObject value)
    {
        var definition = activeProperty is null ? null : active.GetTerm(activeProperty);
        var language = definition is { HasLanguage: true } ? definition.Language : active.DefaultLanguage;
        var direction = definition is { HasDirection: true } ? definition.Direction : active.DefaultDirection;
        var typeMapping = definition?.TypeMapping;
        var container = definition?.Container ?? Container.None;
        var hasIndex = value.ContainsKey(Keywords.Index);

        if (value.TryGetPropertyValue(Keywords.Id, out var id) && (value.Count == 1 || (value.Count == 2 && hasIndex)))
        {
            if (typeMapping == Keywords.Id)
            {
                return CompactIri(active, AsString(id), vocab: false);
            }

            if (typeMapping == Keywords.Vocab)
            {
                return CompactIri(active, AsString(id), vocab: true);
            }

            return CompactKeys(active, value);
        }

        if (!value.TryGetPropertyValue(Keywords.Value, out var inner))
        {
            // A node object, not a value: the caller compacts it entry by entry.
            return value;
        }

        var hasType = value.TryGetPropertyValue(Keywords.Type, out var type);
        if (hasType && AsString(type) == typeMapping && typeMapping is not null)
        {
            return Copy(inner);
        }

        if (typeMapping == Keywords.None || (hasType && AsString(type) != typeMapping))
        {
            return CompactKeys(active, value);
        }

        if (inner is not null && !IsString(inner, out _))
        {
            if ((hasIndex && (container & Container.Index) != 0) || !hasIndex)
            {
                return Copy(inner);
            }

            return CompactKeys(active, value);
        }

        var valueLanguage = AsString(value[Keywords.Language]);
        var valueDirection = AsString(value[Keywords.Direction]);
        var languageMatches = string.Equals(valueLanguage, language, StringComparison.OrdinalIgnoreCase);
        if (languageMatches && valueDirection == direction && (!hasIndex || (container & Container.Index) != 0))
        {
            return Copy(inner);
        }

        return CompactKeys(active, value);
    }

    /// <summary>Step 8: the value stays an object; its keywords take their aliases and @type its compact form.</summary>
    private JsonObject CompactKeys(ActiveContext active, JsonObject value)
    {
        var result = new JsonObject();
        foreach (var (key, v) in value)
        {
            var alias = CompactIri(active, key, vocab: true)!;
            JsonNode? compacted = key switch
            {
                Keywords.Type when AsString(v) is { } t && t != Keywords.Json => CompactIri(active, t, vocab: true),
                Keywords.Id when AsString(v) is { } i => CompactIri(active, i, vocab: false),
                _ => Copy(v),
            };
            result[alias] = compacted;
        }

        return result;
    }
}
