using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.JsonLd.Context;
using static MutualAid.JsonLd.Expansion.JsonLdNodes;

namespace MutualAid.JsonLd.Expansion;

/// <summary>Steps 13 and 14 of the Expansion algorithm: the entries of a map, and nested (@nest) entries.</summary>
internal sealed partial class Expander
{
    private void ExpandEntries(ActiveContext active, ActiveContext typeScoped, string? activeProperty, JsonObject element,
        JsonObject result, string? inputType, string? baseUrl, int depth)
    {
        List<string>? nests = null;
        var entries = _session.Ordered ? element.OrderBy(e => e.Key, StringComparer.Ordinal).ToList() : null;
        var count = element.Count;
        for (var i = 0; i < count; i++)
        {
            // Indexed access: enumerating a JsonObject boxes an enumerator and dispatches through an interface.
            var (key, value) = entries is null ? element.GetAt(i) : entries[i];
            if (key == Keywords.Context)
            {
                continue;
            }

            var expandedProperty = active.ExpandKey(key, out var definition);
            if (expandedProperty is null)
            {
                continue;
            }

            var isKeyword = Keywords.IsKeyword(expandedProperty);
            if (!isKeyword && !expandedProperty.Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            if (isKeyword)
            {
                if (expandedProperty == Keywords.Nest)
                {
                    (nests ??= []).Add(key);
                    continue;
                }

                ExpandKeyword(active, typeScoped, activeProperty, expandedProperty, value, result, inputType, baseUrl, depth);
                continue;
            }

            ExpandProperty(active, key, definition, expandedProperty, value, result, baseUrl, depth);
        }

        if (nests is null)
        {
            return;
        }

        if (_session.Ordered)
        {
            nests.Sort(StringComparer.Ordinal);
        }

        foreach (var nestKey in nests)
        {
            // Steps 14.2.2: the nesting key's own scoped context applies to what it nests.
            var nestContext = active;
            if (active.GetTerm(nestKey) is { HasLocalContext: true } nestDefinition)
            {
                nestContext = ContextProcessor.Process(_session, active, nestDefinition.LocalContext, nestDefinition.BaseUrl,
                    sharedNode: true, overrideProtected: true);
            }

            foreach (var nested in AsArrayView(element[nestKey]))
            {
                if (nested is not JsonObject nestedObject)
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidNestValue, $"the value of {nestKey} must be an object");
                }

                foreach (var (nestedKey, _) in nestedObject)
                {
                    if (nestContext.ExpandIri(nestedKey, documentRelative: false, vocab: true) == Keywords.Value)
                    {
                        throw JsonLdException.Of(JsonLdErrorCode.InvalidNestValue, $"the value of {nestKey} can't be a value object");
                    }
                }

                ExpandEntries(nestContext, typeScoped, activeProperty, nestedObject, result, inputType, baseUrl, depth + 1);
            }
        }
    }

    private static IEnumerable<JsonNode?> AsArrayView(JsonNode? node) => node is JsonArray a ? a : new[] { node };

    private void ExpandKeyword(ActiveContext active, ActiveContext typeScoped, string? activeProperty, string keyword, JsonNode? value,
        JsonObject result, string? inputType, string? baseUrl, int depth)
    {
        if (activeProperty == Keywords.Reverse)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidReversePropertyMap, $"a reverse property map can't contain {keyword}");
        }

        if (result.ContainsKey(keyword) && keyword is not (Keywords.Included or Keywords.Type))
        {
            throw JsonLdException.Of(JsonLdErrorCode.CollidingKeywords, $"{keyword} appears more than once");
        }

        JsonNode? expanded;
        switch (keyword)
        {
            case Keywords.Id:
                if (!IsString(value, out var id))
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidIdValue, "@id must be a string");
                }

                // An @id in the form of a future keyword expands to null, and stays as an explicit null.
                result[Keywords.Id] = active.ExpandIri(id, documentRelative: true, vocab: false, _session);
                return;

            case Keywords.Type:
                expanded = ExpandTypeValue(_session, typeScoped, value);
                if (result.TryGetPropertyValue(Keywords.Type, out var existingType))
                {
                    var merged = AsArray(Copy(existingType));
                    foreach (var t in AsArray(expanded).ToArray())
                    {
                        merged.Add(Copy(t));
                    }

                    result.Remove(Keywords.Type);
                    expanded = merged;
                }

                break;

            case Keywords.Graph:
                expanded = AsArray(Expand(active, Keywords.Graph, value, baseUrl, fromMap: false, depth + 1));
                break;

            case Keywords.Included:
                if (active.Is10)
                {
                    return;
                }

                // Expanded under @included (not as top-level): scalars and value objects must stay visible to be rejected.
                expanded = AsArray(Expand(active, Keywords.Included, value, baseUrl, fromMap: false, depth + 1));
                foreach (var item in (JsonArray)expanded)
                {
                    if (item is not JsonObject o || o.ContainsKey(Keywords.Value) || o.ContainsKey(Keywords.List) || o.ContainsKey(Keywords.Set))
                    {
                        throw JsonLdException.Of(JsonLdErrorCode.InvalidIncludedValue, "@included must contain node objects");
                    }
                }

                if (result.TryGetPropertyValue(Keywords.Included, out var existingIncluded) && existingIncluded is JsonArray previous)
                {
                    result.Remove(Keywords.Included);
                    foreach (var item in TakeItems((JsonArray)expanded))
                    {
                        previous.Add(item);
                    }

                    expanded = previous;
                }

                break;

            case Keywords.Value:
                if (inputType == Keywords.Json)
                {
                    if (active.Is10)
                    {
                        throw JsonLdException.Of(JsonLdErrorCode.InvalidValueObjectValue, "@json is not allowed in json-ld-1.0 mode");
                    }

                    result[Keywords.Value] = value?.DeepClone();
                    return;
                }

                if (value is not null and not JsonValue)
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidValueObjectValue, "@value must be a scalar or null");
                }

                result[Keywords.Value] = Copy(value);
                return;

            case Keywords.Language:
                if (!IsString(value, out var language))
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidLanguageTaggedString, "@language must be a string");
                }

                expanded = language.ToLowerInvariant();
                break;

            case Keywords.Direction:
                if (active.Is10)
                {
                    return;
                }

                if (!IsString(value, out var direction) || direction is not ("ltr" or "rtl"))
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidBaseDirection, "@direction must be \"ltr\" or \"rtl\"");
                }

                expanded = direction;
                break;

            case Keywords.Index:
                if (!IsString(value, out _))
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidIndexValue, "@index must be a string");
                }

                expanded = Copy(value);
                break;

            case Keywords.List:
                if (activeProperty is null or Keywords.Graph)
                {
                    return;
                }

                expanded = AsArray(Expand(active, activeProperty, value, baseUrl, fromMap: false, depth + 1));
                if (active.Is10 && ((JsonArray)expanded).Any(IsListObject))
                {
                    throw JsonLdException.Of("list of lists", "lists of lists are not allowed in json-ld-1.0 mode");
                }

                break;

            case Keywords.Set:
                expanded = Expand(active, activeProperty, value, baseUrl, fromMap: false, depth + 1);
                break;

            case Keywords.Reverse:
                ExpandReverse(active, value, result, baseUrl, depth);
                return;

            default:
                // Framing keywords (@default, @embed...) and others have no meaning in expansion.
                return;
        }

        if (expanded is not null)
        {
            result[keyword] = expanded;
        }
    }

    private static JsonNode ExpandTypeValue(ProcessingSession session, ActiveContext typeScoped, JsonNode? value)
    {
        if (IsString(value, out var single))
        {
            return JsonValue.Create(typeScoped.ExpandIri(single, documentRelative: true, vocab: true, session))!;
        }

        if (value is not JsonArray values)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidTypeValue, "@type must be a string or an array of strings");
        }

        var result = new JsonArray();
        foreach (var item in values)
        {
            if (!IsString(item, out var type))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTypeValue, "@type must be a string or an array of strings");
            }

            result.Add(typeScoped.ExpandIri(type, documentRelative: true, vocab: true, session));
        }

        return result;
    }

    private void ExpandReverse(ActiveContext active, JsonNode? value, JsonObject result, string? baseUrl, int depth)
    {
        if (value is not JsonObject)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidReverseValue, "@reverse must be an object");
        }

        if (Expand(active, Keywords.Reverse, value, baseUrl, fromMap: false, depth + 1) is not JsonObject expanded)
        {
            return;
        }

        if (expanded.TryGetPropertyValue(Keywords.Reverse, out var doubleReversed) && doubleReversed is JsonObject forward)
        {
            foreach (var (property, items) in forward.ToArray())
            {
                forward.Remove(property);
                AddValue(result, property, items);
            }
        }

        JsonObject? reverseMap = null;
        foreach (var (property, items) in expanded.ToArray())
        {
            if (property == Keywords.Reverse)
            {
                continue;
            }

            reverseMap ??= GetOrAddObject(result, Keywords.Reverse);
            expanded.Remove(property);
            foreach (var item in TakeItems(AsArray(items)))
            {
                if (IsValueObject(item) || IsListObject(item))
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidReversePropertyValue, $"the reverse property {property} can't have a value or list");
                }

                AddValue(reverseMap, property, item);
            }
        }
    }

    private static JsonObject GetOrAddObject(JsonObject target, string key)
    {
        if (target.TryGetPropertyValue(key, out var existing) && existing is JsonObject o)
        {
            return o;
        }

        var created = new JsonObject();
        target[key] = created;
        return created;
    }
}
