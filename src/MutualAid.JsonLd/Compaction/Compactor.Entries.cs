using System.Text.Json.Nodes;
using MutualAid.JsonLd.Context;
using static MutualAid.JsonLd.Expansion.JsonLdNodes;

namespace MutualAid.JsonLd.Compaction;

/// <summary>Step 12 of the Compaction algorithm: each expanded property of a node object.</summary>
internal sealed partial class Compactor
{
    private void CompactEntries(ActiveContext active, ActiveContext typeScoped, string? activeProperty, JsonObject element,
        JsonObject result, bool insideReverse, int depth)
    {
        foreach (var (expandedProperty, expandedValue) in Entries(element, _session.Ordered))
        {
            switch (expandedProperty)
            {
                case Keywords.Id:
                    result[CompactIri(active, Keywords.Id, vocab: true)!] = IsString(expandedValue, out var id)
                        ? CompactIri(active, id, vocab: false)
                        : Copy(expandedValue);
                    continue;

                case Keywords.Type:
                    CompactTypes(active, typeScoped, expandedValue, result);
                    continue;

                case Keywords.Reverse:
                    CompactReverse(active, expandedValue, result, depth);
                    continue;

                case Keywords.Preserve:
                    continue;

                case Keywords.Index when activeProperty is not null
                    && ((active.GetTerm(activeProperty)?.Container ?? Container.None) & Container.Index) != 0:
                    continue;

                case Keywords.Direction or Keywords.Index or Keywords.Language or Keywords.Value:
                    result[CompactIri(active, expandedProperty, vocab: true)!] = Copy(expandedValue);
                    continue;
            }

            if (expandedValue is JsonArray { Count: 0 })
            {
                var itemProperty = CompactIri(active, expandedProperty, expandedValue, vocab: true, reverse: insideReverse)!;
                AddCompactValue(NestResult(active, itemProperty, result), itemProperty, new JsonArray(), asArray: true);
            }

            foreach (var expandedItem in AsArrayView(expandedValue))
            {
                CompactItem(active, expandedProperty, expandedItem, result, insideReverse, depth);
            }
        }
    }

    private void CompactTypes(ActiveContext active, ActiveContext typeScoped, JsonNode? expandedValue, JsonObject result)
    {
        JsonNode? compacted;
        if (IsString(expandedValue, out var single))
        {
            compacted = CompactIri(typeScoped, single, vocab: true);
        }
        else
        {
            var array = new JsonArray();
            foreach (var type in AsArrayView(expandedValue))
            {
                array.Add(CompactIri(typeScoped, AsString(type), vocab: true));
            }

            compacted = array;
        }

        var alias = CompactIri(active, Keywords.Type, vocab: true)!;
        var asArray = (!active.Is10 && active.GetTerm(alias) is { } aliasDefinition && (aliasDefinition.Container & Container.Set) != 0)
            || !CompactArrays;
        AddCompactValue(result, alias, compacted, asArray);
    }

    private void CompactReverse(ActiveContext active, JsonNode? expandedValue, JsonObject result, int depth)
    {
        if (Compact(active, Keywords.Reverse, expandedValue, depth + 1) is not JsonObject compacted)
        {
            return;
        }

        foreach (var (property, value) in compacted.ToArray())
        {
            if (active.GetTerm(property) is { IsReverseProperty: true } definition)
            {
                compacted.Remove(property);
                var asArray = (definition.Container & Container.Set) != 0 || !CompactArrays;
                AddCompactValue(result, property, value, asArray);
            }
        }

        if (compacted.Count > 0)
        {
            result[CompactIri(active, Keywords.Reverse, vocab: true)!] = compacted;
        }
    }

    /// <summary>Where a property's values go: the result itself, or the object under its @nest term.</summary>
    private JsonObject NestResult(ActiveContext active, string itemProperty, JsonObject result)
    {
        if (active.GetTerm(itemProperty) is not { NestValue: { } nestTerm })
        {
            return result;
        }

        if (nestTerm != Keywords.Nest && active.ExpandIri(nestTerm, documentRelative: false, vocab: true) != Keywords.Nest)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidNestValue, $"the @nest of {itemProperty} must be a term that expands to @nest");
        }

        if (result.TryGetPropertyValue(nestTerm, out var existing) && existing is JsonObject nested)
        {
            return nested;
        }

        nested = new JsonObject();
        result[nestTerm] = nested;
        return nested;
    }
}
