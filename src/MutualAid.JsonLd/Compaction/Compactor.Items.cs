using System.Text.Json.Nodes;
using MutualAid.JsonLd.Context;
using static MutualAid.JsonLd.Expansion.JsonLdNodes;

namespace MutualAid.JsonLd.Compaction;

/// <summary>Step 12.8 of the Compaction algorithm: one expanded item, placed by its term's container.</summary>
internal sealed partial class Compactor
{
    private void CompactItem(ActiveContext active, string expandedProperty, JsonNode? expandedItem, JsonObject result, bool insideReverse, int depth)
    {
        var itemProperty = CompactIri(active, expandedProperty, expandedItem, vocab: true, reverse: insideReverse)!;
        var nestResult = NestResult(active, itemProperty, result);
        var definition = active.GetTerm(itemProperty);
        var container = definition?.Container ?? Container.None;
        var asArray = (container & Container.Set) != 0 || itemProperty is Keywords.Graph or Keywords.List || !CompactArrays;
        var itemObject = expandedItem as JsonObject;
        var isList = IsListObject(itemObject);
        var isGraph = IsGraphObject(itemObject);
        var inner = isList ? itemObject![Keywords.List] : isGraph ? itemObject![Keywords.Graph] : expandedItem;
        var compactedItem = Compact(active, itemProperty, inner, depth + 1);

        if (isList)
        {
            compactedItem = AsArray(compactedItem);
            if ((container & Container.List) == 0)
            {
                var wrapped = new JsonObject { [CompactIri(active, Keywords.List, vocab: true)!] = compactedItem };
                if (itemObject!.TryGetPropertyValue(Keywords.Index, out var listIndex))
                {
                    wrapped[CompactIri(active, Keywords.Index, vocab: true)!] = Copy(listIndex);
                }

                AddCompactValue(nestResult, itemProperty, wrapped, asArray);
            }
            else
            {
                nestResult[itemProperty] = compactedItem;
            }

            return;
        }

        if (isGraph)
        {
            CompactGraphItem(active, itemObject!, itemProperty, container, compactedItem, nestResult, asArray);
            return;
        }

        if ((container & (Container.Language | Container.Index | Container.Id | Container.Type)) != 0 && (container & Container.Graph) == 0)
        {
            CompactMapItem(active, itemObject, itemProperty, definition!, container, compactedItem, nestResult, asArray, depth);
            return;
        }

        AddCompactValue(nestResult, itemProperty, compactedItem, asArray);
    }

    private void CompactGraphItem(ActiveContext active, JsonObject item, string itemProperty, Container container, JsonNode? compactedItem,
        JsonObject nestResult, bool asArray)
    {
        var hasId = item.TryGetPropertyValue(Keywords.Id, out var id);
        if ((container & Container.Graph) != 0 && (container & Container.Id) != 0)
        {
            var mapObject = GetOrAddMap(nestResult, itemProperty);
            var mapKey = hasId ? CompactIri(active, AsString(id), vocab: false)! : CompactIri(active, Keywords.None, vocab: true)!;
            AddCompactValue(mapObject, mapKey, compactedItem, asArray);
        }
        else if ((container & Container.Graph) != 0 && (container & Container.Index) != 0 && !hasId)
        {
            var mapObject = GetOrAddMap(nestResult, itemProperty);
            var mapKey = AsString(item[Keywords.Index]) ?? CompactIri(active, Keywords.None, vocab: true)!;
            AddCompactValue(mapObject, mapKey, compactedItem, asArray);
        }
        else if ((container & Container.Graph) != 0 && !hasId)
        {
            if (compactedItem is JsonArray { Count: > 1 })
            {
                compactedItem = new JsonObject { [CompactIri(active, Keywords.Included, vocab: true)!] = compactedItem };
            }

            AddCompactValue(nestResult, itemProperty, compactedItem, asArray);
        }
        else
        {
            var wrapped = new JsonObject { [CompactIri(active, Keywords.Graph, vocab: true)!] = compactedItem };
            if (hasId)
            {
                wrapped[CompactIri(active, Keywords.Id, vocab: true)!] = CompactIri(active, AsString(id), vocab: false);
            }

            if (item.TryGetPropertyValue(Keywords.Index, out var index))
            {
                wrapped[CompactIri(active, Keywords.Index, vocab: true)!] = Copy(index);
            }

            AddCompactValue(nestResult, itemProperty, wrapped, asArray);
        }
    }

    private void CompactMapItem(ActiveContext active, JsonObject? item, string itemProperty, TermDefinition definition, Container container,
        JsonNode? compactedItem, JsonObject nestResult, bool asArray, int depth)
    {
        var mapObject = GetOrAddMap(nestResult, itemProperty);
        var containerKeyword = (container & Container.Language) != 0 ? Keywords.Language
            : (container & Container.Index) != 0 ? Keywords.Index
            : (container & Container.Id) != 0 ? Keywords.Id
            : Keywords.Type;
        var containerKey = CompactIri(active, containerKeyword, vocab: true)!;
        var indexKey = definition.IndexMapping ?? Keywords.Index;
        string? mapKey = null;
        if ((container & Container.Language) != 0 && item is not null && item.ContainsKey(Keywords.Value))
        {
            compactedItem = Copy(item[Keywords.Value]);
            mapKey = AsString(item[Keywords.Language]);
        }
        else if ((container & Container.Index) != 0 && indexKey == Keywords.Index)
        {
            mapKey = AsString(item?[Keywords.Index]);
        }
        else if ((container & Container.Index) != 0)
        {
            // The index key is usually the term the item's property compacted to; otherwise its compact IRI.
            containerKey = compactedItem is JsonObject withIndexKey && withIndexKey.ContainsKey(indexKey)
                ? indexKey
                : CompactIri(active, active.ExpandIri(indexKey, documentRelative: false, vocab: true), vocab: true)!;
            mapKey = TakeFirstString(compactedItem as JsonObject, containerKey);
        }
        else if ((container & Container.Id) != 0 && compactedItem is JsonObject withId)
        {
            mapKey = AsString(withId[containerKey]);
            withId.Remove(containerKey);
        }
        else if ((container & Container.Type) != 0 && compactedItem is JsonObject withType)
        {
            mapKey = TakeFirstString(withType, containerKey);
            if (withType.Count == 1 && item is not null && item.TryGetPropertyValue(Keywords.Id, out var id)
                && active.ExpandIri(withType.First().Key, documentRelative: false, vocab: true) == Keywords.Id)
            {
                compactedItem = Compact(active, itemProperty, new JsonObject { [Keywords.Id] = Copy(id) }, depth + 1);
            }
        }

        mapKey ??= CompactIri(active, Keywords.None, vocab: true)!;
        AddCompactValue(mapObject, mapKey, compactedItem, asArray);
    }

    /// <summary>Removes the first value of <paramref name="key"/> and returns it when it is a string; other values stay.</summary>
    private static string? TakeFirstString(JsonObject? compacted, string key)
    {
        if (compacted is null || !compacted.TryGetPropertyValue(key, out var values))
        {
            return null;
        }

        if (values is JsonArray array)
        {
            if (array.Count == 0 || !IsString(array[0], out var first))
            {
                return null;
            }

            array.RemoveAt(0);
            if (array.Count == 0)
            {
                compacted.Remove(key);
            }
            else if (array.Count == 1)
            {
                var remaining = TakeItems(array)[0];
                compacted[key] = remaining;
            }

            return first;
        }

        if (!IsString(values, out var only))
        {
            return null;
        }

        compacted.Remove(key);
        return only;
    }

    private static JsonObject GetOrAddMap(JsonObject target, string key)
    {
        if (target.TryGetPropertyValue(key, out var existing) && existing is JsonObject map)
        {
            return map;
        }

        map = new JsonObject();
        target[key] = map;
        return map;
    }
}
