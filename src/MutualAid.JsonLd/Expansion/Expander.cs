using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.JsonLd.Context;
using MutualAid.JsonLd.Iri;
using static MutualAid.JsonLd.Expansion.JsonLdNodes;

namespace MutualAid.JsonLd.Expansion;

/// <summary>The Expansion algorithm (JSON-LD 1.1 API, section 5.1.2) and Value Expansion (section 5.3.2).</summary>
internal sealed partial class Expander
{
    private readonly ProcessingSession _session;

    public Expander(ProcessingSession session)
    {
        _session = session;
    }

    /// <summary>The top-level expansion: the result is always an array.</summary>
    public JsonArray ExpandDocument(ActiveContext context, JsonNode? input, string? baseUrl)
    {
        var expanded = Expand(context, null, input, baseUrl, fromMap: false, depth: 0);
        if (expanded is JsonObject o && o.Count == 1 && o.TryGetPropertyValue(Keywords.Graph, out var graph))
        {
            o.Remove(Keywords.Graph);
            expanded = graph;
        }

        return expanded switch
        {
            null => [],
            JsonArray array => array,
            _ => [expanded],
        };
    }

    public JsonNode? Expand(ActiveContext active, string? activeProperty, JsonNode? element, string? baseUrl, bool fromMap, int depth) =>
        Expand(active, activeProperty, activeProperty is null ? null : active.GetTerm(activeProperty), element, baseUrl, fromMap, depth);

    /// <param name="propertyDefinition">The active property's term definition in <paramref name="active"/>, looked up once by the caller.</param>
    private JsonNode? Expand(ActiveContext active, string? activeProperty, TermDefinition? propertyDefinition, JsonNode? element,
        string? baseUrl, bool fromMap, int depth)
    {
        if (element is null)
        {
            return null;
        }

        if (depth > _session.Options.MaxDepth)
        {
            throw JsonLdException.Of(JsonLdErrorCode.MaxDepthExceeded, $"the input nests deeper than {_session.Options.MaxDepth} levels");
        }

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (element)
        {
            case JsonValue scalar:
                if (activeProperty is null or Keywords.Graph)
                {
                    return null;
                }

                if (propertyDefinition is { HasLocalContext: true })
                {
                    active = ContextProcessor.Process(_session, active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, sharedNode: true);
                    propertyDefinition = active.GetTerm(activeProperty);
                }

                return ExpandValue(_session, active, propertyDefinition, scalar);

            case JsonArray array:
                return ExpandArray(active, activeProperty, propertyDefinition, array, baseUrl, fromMap, depth);

            default:
                return ExpandObject(active, activeProperty, (JsonObject)element, baseUrl, fromMap, depth, propertyDefinition);
        }
    }

    private JsonArray ExpandArray(ActiveContext active, string? activeProperty, TermDefinition? propertyDefinition, JsonArray array,
        string? baseUrl, bool fromMap, int depth)
    {
        var result = new JsonArray();
        var isList = propertyDefinition is not null && (propertyDefinition.Container & Container.List) != 0;
        for (var i = 0; i < array.Count; i++)
        {
            var expanded = Expand(active, activeProperty, propertyDefinition, array[i], baseUrl, fromMap, depth + 1);
            if (isList && expanded is JsonArray nested)
            {
                expanded = new JsonObject { [Keywords.List] = nested };
            }

            if (expanded is JsonArray items)
            {
                foreach (var inner in TakeItems(items))
                {
                    result.Add(inner);
                }
            }
            else if (expanded is not null)
            {
                result.Add(expanded);
            }
        }

        return result;
    }

    private JsonNode? ExpandObject(ActiveContext active, string? activeProperty, JsonObject element, string? baseUrl, bool fromMap, int depth,
        TermDefinition? propertyDefinition)
    {
        _session.CancellationToken.ThrowIfCancellationRequested();
        if (active.PreviousContext is not null && !fromMap && !KeepsPropagatedContext(active, element))
        {
            active = active.PreviousContext;
        }

        if (propertyDefinition is { HasLocalContext: true })
        {
            active = ContextProcessor.Process(_session, active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl,
                sharedNode: true, overrideProtected: true);
        }

        if (element.TryGetPropertyValue(Keywords.Context, out var localContext))
        {
            active = ContextProcessor.Process(_session, active, localContext, baseUrl, sharedNode: false);
        }

        var typeScoped = active;
        active = ApplyTypeScopedContexts(active, typeScoped, element, out var inputType);

        var result = new JsonObject();
        ExpandEntries(active, typeScoped, activeProperty, element, result, inputType, baseUrl, depth);
        return FinishObject(active, activeProperty, result);
    }

    /// <summary>Step 7: a non-propagated (type-scoped) context stays in force only for value objects and bare references.</summary>
    private static bool KeepsPropagatedContext(ActiveContext active, JsonObject element)
    {
        var onlyId = element.Count == 1;
        foreach (var (key, _) in element)
        {
            var expanded = active.ExpandIri(key, documentRelative: false, vocab: true);
            if (expanded == Keywords.Value)
            {
                return true;
            }

            if (onlyId && expanded == Keywords.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Step 11 and 12: apply the scoped contexts of the element's types; find its input type.</summary>
    private ActiveContext ApplyTypeScopedContexts(ActiveContext active, ActiveContext typeScoped, JsonObject element, out string? inputType)
    {
        inputType = null;
        List<string>? typeKeys = null;
        var typeAliases = active.TypeAliases;
        if (typeAliases.Count < element.Count)
        {
            // Usually "@type" and "type": probing the element for each is cheaper than hashing every key.
            foreach (var alias in typeAliases)
            {
                if (element.ContainsKey(alias))
                {
                    (typeKeys ??= []).Add(alias);
                }
            }
        }
        else
        {
            for (var i = 0; i < element.Count; i++)
            {
                var key = element.GetAt(i).Key;
                if (typeAliases.Contains(key))
                {
                    (typeKeys ??= []).Add(key);
                }
            }
        }

        if (typeKeys is null)
        {
            return active;
        }

        typeKeys.Sort(StringComparer.Ordinal);
        foreach (var key in typeKeys)
        {
            var value = element[key];
            if (key == typeKeys[0])
            {
                var last = value is JsonArray { Count: > 0 } typeValues ? AsString(typeValues[^1]) : AsString(value);
                inputType = last is null ? null : typeScoped.ExpandIri(last, documentRelative: false, vocab: true);
            }

            // Most types have no scoped context: collect (and sort) only those that do.
            List<TermDefinition>? scoped = null;
            List<string>? scopedTerms = null;
            var values = value as JsonArray;
            var valueCount = values?.Count ?? 1;
            for (var i = 0; i < valueCount; i++)
            {
                if (IsString(values is null ? value : values[i], out var term) && typeScoped.GetTerm(term) is { HasLocalContext: true } definition)
                {
                    (scoped ??= []).Add(definition);
                    (scopedTerms ??= []).Add(term);
                }
            }

            if (scoped is null)
            {
                continue;
            }

            var order = Enumerable.Range(0, scoped.Count).OrderBy(i => scopedTerms![i], StringComparer.Ordinal);
            foreach (var index in order)
            {
                active = ContextProcessor.Process(_session, active, scoped[index].LocalContext, scoped[index].BaseUrl,
                    sharedNode: true, propagate: false);
            }
        }

        return active;
    }

    /// <summary>Steps 15 to 20: validate and simplify the expanded object.</summary>
    private static JsonNode? FinishObject(ActiveContext active, string? activeProperty, JsonObject result)
    {
        if (result.TryGetPropertyValue(Keywords.Value, out var value))
        {
            var hasType = result.TryGetPropertyValue(Keywords.Type, out var type);
            foreach (var (key, _) in result)
            {
                if (key is not (Keywords.Direction or Keywords.Index or Keywords.Language or Keywords.Type or Keywords.Value))
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidValueObject, $"a value object can't have {key}");
                }
            }

            if (hasType && (result.ContainsKey(Keywords.Language) || result.ContainsKey(Keywords.Direction)))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidValueObject, "a value object can't have both @type and @language or @direction");
            }

            if (hasType && AsString(type) == Keywords.Json)
            {
                return DropFreeFloating(activeProperty, result);
            }

            if (value is null || (value is JsonArray { Count: 0 }))
            {
                return null;
            }

            if (value is not JsonValue || (!IsString(value, out _) && result.ContainsKey(Keywords.Language)))
            {
                if (value is JsonValue)
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidLanguageTaggedValue, "a language-tagged value must be a string");
                }

                throw JsonLdException.Of(JsonLdErrorCode.InvalidValueObjectValue, "@value must be a scalar");
            }

            if (hasType && (!IsString(type, out var typeIri) || !IriResolver.IsWellFormedAbsolute(typeIri) || typeIri.StartsWith("_:", StringComparison.Ordinal)))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTypedValue, "the @type of a value object must be an IRI");
            }
        }
        else if (result.TryGetPropertyValue(Keywords.Type, out var type) && type is not JsonArray)
        {
            result[Keywords.Type] = new JsonArray(Copy(type));
        }
        else if (result.TryGetPropertyValue(Keywords.Set, out var set) || result.ContainsKey(Keywords.List))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey(Keywords.Index)))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidSetOrListObject, "@set and @list objects may only have @index besides");
            }

            if (result.ContainsKey(Keywords.Set))
            {
                result.Remove(Keywords.Set);
                return set;
            }
        }

        if (result.Count == 1 && result.ContainsKey(Keywords.Language))
        {
            return null;
        }

        return DropFreeFloating(activeProperty, result);
    }

    private static JsonObject? DropFreeFloating(string? activeProperty, JsonObject result)
    {
        if (activeProperty is not (null or Keywords.Graph))
        {
            return result;
        }

        if (result.Count == 0 || result.ContainsKey(Keywords.Value) || result.ContainsKey(Keywords.List))
        {
            return null;
        }

        return result.Count == 1 && result.ContainsKey(Keywords.Id) ? null : result;
    }

    /// <summary>Value Expansion (section 5.3.2).</summary>
    public static JsonObject ExpandValue(ProcessingSession session, ActiveContext active, TermDefinition? definition, JsonValue value)
    {
        var typeMapping = definition?.TypeMapping;
        var isString = value.GetValueKind() == JsonValueKind.String;
        if (isString && typeMapping == Keywords.Id)
        {
            return new JsonObject { [Keywords.Id] = active.ExpandIri(value.GetValue<string>(), documentRelative: true, vocab: false, session) };
        }

        if (isString && typeMapping == Keywords.Vocab)
        {
            return new JsonObject { [Keywords.Id] = active.ExpandIri(value.GetValue<string>(), documentRelative: true, vocab: true, session) };
        }

        // A literal is copied as it is (a parsed value keeps pointing at its parsed text, undecoded).
        var result = new JsonObject { [Keywords.Value] = value.DeepClone() };
        if (typeMapping is not null and not (Keywords.Id or Keywords.Vocab or Keywords.None))
        {
            result[Keywords.Type] = typeMapping;
        }
        else if (isString)
        {
            var language = definition is { HasLanguage: true } ? definition.Language : active.DefaultLanguage;
            var direction = definition is { HasDirection: true } ? definition.Direction : active.DefaultDirection;
            if (language is not null)
            {
                result[Keywords.Language] = language;
            }

            if (direction is not null)
            {
                result[Keywords.Direction] = direction;
            }
        }

        return result;
    }
}
