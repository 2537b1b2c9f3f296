using System.Text.Json.Nodes;
using MutualAid.JsonLd.Context;
using static MutualAid.JsonLd.Expansion.JsonLdNodes;

namespace MutualAid.JsonLd.Compaction;

/// <summary>The Compaction algorithm (JSON-LD 1.1 API, section 6.1.2) and the compact() API steps around it.</summary>
internal sealed partial class Compactor
{
    private readonly ProcessingSession _session;

    public Compactor(ProcessingSession session)
    {
        _session = session;
    }

    private bool CompactArrays => _session.Options.CompactArrays;

    public JsonObject CompactDocument(ActiveContext active, JsonArray expanded, JsonNode? context)
    {
        var compacted = Compact(active, null, expanded, 0);
        JsonObject result;
        if (compacted is JsonArray array)
        {
            result = array.Count == 0 ? [] : new JsonObject { [CompactIri(active, Keywords.Graph, vocab: true)!] = array };
        }
        else
        {
            result = compacted as JsonObject ?? [];
        }

        var hasContext = context switch
        {
            null => false,
            JsonObject o => o.Count > 0,
            JsonArray a => a.Count > 0,
            _ => true,
        };
        if (hasContext)
        {
            var withContext = new JsonObject { [Keywords.Context] = context!.DeepClone() };
            foreach (var (key, value) in result.ToArray())
            {
                result.Remove(key);
                withContext[key] = value;
            }

            result = withContext;
        }

        return result;
    }

    private JsonNode? Compact(ActiveContext active, string? activeProperty, JsonNode? element, int depth)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (depth > _session.Options.MaxDepth)
        {
            throw JsonLdException.Of(JsonLdErrorCode.MaxDepthExceeded, $"the input nests deeper than {_session.Options.MaxDepth} levels");
        }

        var typeScoped = active;
        if (element is null or JsonValue)
        {
            return Copy(element);
        }

        if (element is JsonArray array)
        {
            var items = new JsonArray();
            foreach (var item in array)
            {
                var compacted = Compact(active, activeProperty, item, depth + 1);
                if (compacted is not null)
                {
                    items.Add(compacted);
                }
            }

            var container = activeProperty is null ? Container.None : active.GetTerm(activeProperty)?.Container ?? Container.None;
            if (items.Count != 1 || !CompactArrays || activeProperty is Keywords.Graph or Keywords.Set
                || (container & (Container.List | Container.Set)) != 0)
            {
                return items;
            }

            return TakeItems(items)[0];
        }

        var element2 = (JsonObject)element;
        if (active.PreviousContext is not null && !element2.ContainsKey(Keywords.Value)
            && !(element2.Count == 1 && element2.ContainsKey(Keywords.Id)))
        {
            active = active.PreviousContext;
        }

        if (activeProperty is not null && typeScoped.GetTerm(activeProperty) is { HasLocalContext: true } propertyDefinition)
        {
            active = ContextProcessor.Process(_session, active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl,
                sharedNode: true, overrideProtected: true);
        }

        if (element2.ContainsKey(Keywords.Value) || element2.ContainsKey(Keywords.Id))
        {
            var compactedValue = CompactValue(active, activeProperty, element2);
            var typeMapping = activeProperty is null ? null : active.GetTerm(activeProperty)?.TypeMapping;
            if ((compactedValue is null or JsonValue || typeMapping == Keywords.Json) && !ReferenceEquals(compactedValue, element2))
            {
                return compactedValue;
            }
        }

        if (element2.TryGetPropertyValue(Keywords.List, out var list) && activeProperty is not null
            && active.GetTerm(activeProperty) is { } listTerm && (listTerm.Container & Container.List) != 0)
        {
            return Compact(active, activeProperty, list, depth + 1);
        }

        var insideReverse = activeProperty == Keywords.Reverse;
        var result = new JsonObject();
        if (element2.TryGetPropertyValue(Keywords.Type, out var types))
        {
            var compactedTypes = new List<string>();
            foreach (var type in AsArrayView(types))
            {
                if (CompactIri(typeScoped, AsString(type), vocab: true) is { } t)
                {
                    compactedTypes.Add(t);
                }
            }

            compactedTypes.Sort(StringComparer.Ordinal);
            foreach (var term in compactedTypes)
            {
                if (typeScoped.GetTerm(term) is { HasLocalContext: true } typeDefinition)
                {
                    active = ContextProcessor.Process(_session, active, typeDefinition.LocalContext, typeDefinition.BaseUrl,
                        sharedNode: true, propagate: false);
                }
            }
        }

        CompactEntries(active, typeScoped, activeProperty, element2, result, insideReverse, depth);
        return result;
    }

    private static IEnumerable<JsonNode?> AsArrayView(JsonNode? node) => node is JsonArray a ? a : new[] { node };

    /// <summary>The spec's "add value" with its as-array flag.</summary>
    private static void AddCompactValue(JsonObject target, string key, JsonNode? value, bool asArray)
    {
        if (asArray && (!target.TryGetPropertyValue(key, out var current) || current is not JsonArray))
        {
            var array = new JsonArray();
            if (target.TryGetPropertyValue(key, out var original))
            {
                target.Remove(key);
                array.Add(original);
            }

            target[key] = array;
        }

        if (value is JsonArray values)
        {
            foreach (var item in TakeItems(values))
            {
                AddCompactValue(target, key, item, false);
            }

            return;
        }

        if (!target.TryGetPropertyValue(key, out var existing))
        {
            target[key] = value;
            return;
        }

        if (existing is not JsonArray existingArray)
        {
            target.Remove(key);
            existingArray = new JsonArray(existing);
            target[key] = existingArray;
        }

        existingArray.Add(value);
    }
}
