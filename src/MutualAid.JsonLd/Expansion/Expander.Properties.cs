using System.Text.Json.Nodes;
using MutualAid.JsonLd.Context;
using static MutualAid.JsonLd.Expansion.JsonLdNodes;

namespace MutualAid.JsonLd.Expansion;

/// <summary>Steps 13.5 to 13.14 of the Expansion algorithm: a property (non-keyword) entry and its containers.</summary>
internal sealed partial class Expander
{
    private void ExpandProperty(ActiveContext active, string key, TermDefinition? definition, string expandedProperty, JsonNode? value,
        JsonObject result, string? baseUrl, int depth)
    {
        var container = definition?.Container ?? Container.None;
        JsonNode? expanded;
        if (definition?.TypeMapping == Keywords.Json)
        {
            expanded = new JsonObject { [Keywords.Value] = value?.DeepClone(), [Keywords.Type] = Keywords.Json };
        }
        else if ((container & Container.Language) != 0 && value is JsonObject languageMap)
        {
            expanded = ExpandLanguageMap(active, definition!, languageMap);
        }
        else if ((container & (Container.Index | Container.Type | Container.Id)) != 0 && value is JsonObject indexMap)
        {
            expanded = ExpandIndexMap(active, key, definition!, container, indexMap, baseUrl, depth);
        }
        else
        {
            expanded = Expand(active, key, definition, value, baseUrl, fromMap: false, depth + 1);
        }

        if (expanded is null)
        {
            return;
        }

        if ((container & Container.List) != 0 && !IsListObject(expanded))
        {
            expanded = new JsonObject { [Keywords.List] = AsArray(expanded) };
        }

        if ((container & Container.Graph) != 0 && (container & (Container.Id | Container.Index)) == 0)
        {
            var graphs = new JsonArray();
            foreach (var item in TakeItems(AsArray(expanded)))
            {
                graphs.Add(new JsonObject { [Keywords.Graph] = AsArray(item) });
            }

            expanded = graphs;
        }

        if (definition is { IsReverseProperty: true })
        {
            var reverseMap = GetOrAddObject(result, Keywords.Reverse);
            foreach (var item in TakeItems(AsArray(expanded)))
            {
                if (IsValueObject(item) || IsListObject(item))
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidReversePropertyValue, $"the reverse property {key} can't have a value or list");
                }

                AddValue(reverseMap, expandedProperty, item);
            }

            return;
        }

        AddValue(result, expandedProperty, expanded);
    }

    private JsonArray ExpandLanguageMap(ActiveContext active, TermDefinition definition, JsonObject languageMap)
    {
        var expanded = new JsonArray();
        var direction = definition.HasDirection ? definition.Direction : active.DefaultDirection;
        foreach (var (language, languageValue) in Entries(languageMap, _session.Ordered))
        {
            foreach (var item in AsArrayView(languageValue))
            {
                if (item is null)
                {
                    continue;
                }

                if (!IsString(item, out var text))
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidLanguageMapValue, $"the value for language {language} must be a string");
                }

                var valueObject = new JsonObject { [Keywords.Value] = text };
                if (language != Keywords.None && active.ExpandIri(language, documentRelative: false, vocab: true) != Keywords.None)
                {
                    valueObject[Keywords.Language] = language.ToLowerInvariant();
                }

                if (direction is not null)
                {
                    valueObject[Keywords.Direction] = direction;
                }

                expanded.Add(valueObject);
            }
        }

        return expanded;
    }

    private JsonArray ExpandIndexMap(ActiveContext active, string key, TermDefinition definition, Container container, JsonObject map,
        string? baseUrl, int depth)
    {
        var expanded = new JsonArray();
        var indexKey = definition.IndexMapping ?? Keywords.Index;
        var byIdOrType = (container & (Container.Id | Container.Type)) != 0;
        foreach (var (index, indexValue) in Entries(map, _session.Ordered))
        {
            var mapContext = byIdOrType ? active.PreviousContext ?? active : active;
            if ((container & Container.Type) != 0 && mapContext.GetTerm(index) is { HasLocalContext: true } indexDefinition)
            {
                mapContext = ContextProcessor.Process(_session, mapContext, indexDefinition.LocalContext, indexDefinition.BaseUrl, sharedNode: true);
            }

            var expandedIndex = active.ExpandIri(index, documentRelative: false, vocab: true);
            var items = Expand(mapContext, key, indexValue is JsonArray ? indexValue : new JsonArray(Copy(indexValue)), baseUrl,
                fromMap: true, depth + 1);
            foreach (var raw in TakeItems(AsArray(items)))
            {
                var item = raw;
                if ((container & Container.Graph) != 0 && !IsGraphObject(item))
                {
                    item = new JsonObject { [Keywords.Graph] = AsArray(item) };
                }

                if ((container & Container.Index) != 0 && indexKey != Keywords.Index && expandedIndex != Keywords.None)
                {
                    AddPropertyIndex(_session, active, indexKey, index, (JsonObject)item!);
                }
                else if ((container & Container.Index) != 0 && item is JsonObject o && !o.ContainsKey(Keywords.Index) && expandedIndex != Keywords.None)
                {
                    o[Keywords.Index] = index;
                }
                else if ((container & Container.Id) != 0 && item is JsonObject withId && !withId.ContainsKey(Keywords.Id) && expandedIndex != Keywords.None)
                {
                    withId[Keywords.Id] = active.ExpandIri(index, documentRelative: true, vocab: false, _session);
                }
                else if ((container & Container.Type) != 0 && item is JsonObject typed && expandedIndex != Keywords.None)
                {
                    var types = new JsonArray(JsonValue.Create(expandedIndex));
                    if (typed.TryGetPropertyValue(Keywords.Type, out var existing))
                    {
                        typed.Remove(Keywords.Type);
                        foreach (var t in TakeItems(AsArray(existing)))
                        {
                            types.Add(t);
                        }
                    }

                    typed[Keywords.Type] = types;
                }

                expanded.Add(item);
            }
        }

        return expanded;
    }

    /// <summary>Step 13.8.3.7.2: a property-valued index (@index naming a property) adds the index as that property's value.</summary>
    private static void AddPropertyIndex(ProcessingSession session, ActiveContext active, string indexKey, string index, JsonObject item)
    {
        if (item.ContainsKey(Keywords.Value))
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidValueObject, $"a value object can't take the property index {indexKey}");
        }

        var reExpanded = ExpandValue(session, active, active.GetTerm(indexKey), JsonValue.Create(index));
        var expandedIndexKey = active.ExpandIri(indexKey, documentRelative: false, vocab: true)!;
        var values = new JsonArray(reExpanded);
        if (item.TryGetPropertyValue(expandedIndexKey, out var existing))
        {
            item.Remove(expandedIndexKey);
            foreach (var v in TakeItems(AsArray(existing)))
            {
                values.Add(v);
            }
        }

        item[expandedIndexKey] = values;
    }
}
