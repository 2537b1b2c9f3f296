using System.Text.Json.Nodes;
using MutualAid.JsonLd.Iri;

namespace MutualAid.JsonLd.Context;

/// <summary>Create Term Definition, steps 20 to 26: container, index, scoped context, language, direction, nest, prefix.</summary>
internal sealed partial class TermBuilder
{
    private void DefineContainer(string term, JsonObject map, TermDefinition definition, bool is10)
    {
        if (!map.TryGetPropertyValue(Keywords.Container, out var containerNode))
        {
            return;
        }

        definition.HasContainer = true;
        var container = Container.None;
        if (containerNode is JsonArray items && !is10)
        {
            foreach (var item in items)
            {
                container |= ParseContainerItem(term, item);
            }
        }
        else if (containerNode is not null)
        {
            container = ParseContainerItem(term, containerNode);
            if (is10 && container is Container.Graph or Container.Id or Container.Type)
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidContainerMapping, $"@container of {term} is not allowed in json-ld-1.0 mode");
            }
        }
        else
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidContainerMapping, $"@container of {term} must not be null");
        }

        if (!IsValidCombination(container))
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidContainerMapping, $"@container of {term} is not a valid combination");
        }

        definition.Container = container;
        if ((container & Container.Type) != 0)
        {
            if (definition.TypeMapping is null)
            {
                definition.TypeMapping = Keywords.Id;
            }
            else if (definition.TypeMapping is not (Keywords.Id or Keywords.Vocab))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTypeMapping, $"a @type container needs @type @id or @vocab on {term}");
            }
        }
    }

    private static Container ParseContainerItem(string term, JsonNode? item)
    {
        var parsed = ContextProcessor.IsString(item, out var name) ? ContainerNames.Parse(name) : Container.None;
        return parsed == Container.None
            ? throw JsonLdException.Of(JsonLdErrorCode.InvalidContainerMapping, $"@container of {term} has an unknown value")
            : parsed;
    }

    private static bool IsValidCombination(Container c)
    {
        var withoutSet = c & ~Container.Set;
        return withoutSet switch
        {
            Container.None => c == Container.Set,
            Container.List => c == Container.List,
            Container.Index or Container.Language or Container.Id or Container.Type or Container.Graph => true,
            Container.Graph | Container.Id or Container.Graph | Container.Index => true,
            _ => false,
        };
    }

    private void DefineOptions(string term, JsonObject map, TermDefinition definition, bool is10)
    {
        DefineIndex(term, map, definition, is10);
        if (map.TryGetPropertyValue(Keywords.Context, out var scoped))
        {
            if (is10)
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, "scoped contexts are not allowed in json-ld-1.0 mode");
            }

            try
            {
                // Validated against a throwaway copy: the context being built is still changing, so nothing
                // derived from it may enter the cache.
                ContextProcessor.Process(_session, _active.Clone(), scoped, _baseUrl, sharedNode: true, new List<string>(_remoteContexts),
                    overrideProtected: true, validateScoped: false);
            }
            catch (JsonLdException ex) when (ex.ErrorCode is not (JsonLdErrorCode.InvalidScopedContext or JsonLdErrorCode.ContextOverflow))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidScopedContext, $"{JsonLdErrorCode.InvalidScopedContext}: the context of {term}: {ex.Message}", ex);
            }

            definition.LocalContext = scoped;
            definition.HasLocalContext = true;
            definition.BaseUrl = _baseUrl;
        }

        if (map.TryGetPropertyValue(Keywords.Language, out var language) && !map.ContainsKey(Keywords.Type))
        {
            if (language is not null && !ContextProcessor.IsString(language, out _))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidLanguageMapping, $"@language of {term} must be a string or null");
            }

            definition.HasLanguage = true;
            definition.Language = language?.GetValue<string>().ToLowerInvariant();
        }

        if (map.TryGetPropertyValue(Keywords.Direction, out var direction) && !map.ContainsKey(Keywords.Type))
        {
            definition.HasDirection = true;
            definition.Direction = direction is null ? null : ContextProcessor.ParseDirection(direction);
        }

        if (map.TryGetPropertyValue(Keywords.Nest, out var nest))
        {
            if (is10)
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, "@nest is not allowed in json-ld-1.0 mode");
            }

            if (!ContextProcessor.IsString(nest, out var nestValue) || (Keywords.IsKeyword(nestValue) && nestValue != Keywords.Nest))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidNestValue, $"@nest of {term} must be a term or @nest");
            }

            definition.NestValue = nestValue;
        }

        if (map.TryGetPropertyValue(Keywords.Prefix, out var prefixNode))
        {
            if (is10 || term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, $"@prefix is not allowed on {term}");
            }

            if (!ContextProcessor.TryGetBool(prefixNode, out var isPrefix))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidPrefixValue, $"@prefix of {term} must be true or false");
            }

            definition.IsPrefix = isPrefix;
            if (isPrefix && Keywords.IsKeyword(definition.IriMapping))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, $"{term} maps to a keyword and can't be a prefix");
            }
        }
    }

    private void DefineIndex(string term, JsonObject map, TermDefinition definition, bool is10)
    {
        if (map.TryGetPropertyValue(Keywords.Index, out var indexNode))
        {
            if (is10 || (definition.Container & Container.Index) == 0)
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, $"@index on {term} needs an @index container");
            }

            if (!ContextProcessor.IsString(indexNode, out var index) || Keywords.IsKeyword(index)
                || ExpandIri(index, documentRelative: false, vocab: true) is not { } expandedIndex || !IriResolver.IsAbsolute(expandedIndex))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, $"@index of {term} must expand to an IRI");
            }

            definition.IndexMapping = index;
        }
    }
}
