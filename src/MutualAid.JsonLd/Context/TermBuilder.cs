using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.JsonLd.Iri;

namespace MutualAid.JsonLd.Context;

/// <summary>
/// The Create Term Definition algorithm (JSON-LD 1.1 API, section 4.2.2) and IRI expansion while a
/// local context is being processed (section 5.2.2 with its local context and defined map).
/// </summary>
internal sealed partial class TermBuilder
{
    private static readonly HashSet<string> DefinitionKeys = new(StringComparer.Ordinal)
    {
        Keywords.Id, Keywords.Reverse, Keywords.Container, Keywords.Context, Keywords.Direction, Keywords.Index,
        Keywords.Language, Keywords.Nest, Keywords.Prefix, Keywords.Protected, Keywords.Type,
    };

    private readonly ProcessingSession _session;
    private readonly ActiveContext _active;
    private readonly JsonObject _local;
    private readonly string? _baseUrl;
    private readonly bool _protected;
    private readonly bool _overrideProtected;
    private readonly List<string> _remoteContexts;
    private readonly Dictionary<string, bool> _defined = new(StringComparer.Ordinal);

    public TermBuilder(ProcessingSession session, ActiveContext active, JsonObject local, string? baseUrl, bool isProtected,
        bool overrideProtected, List<string> remoteContexts)
    {
        _session = session;
        _active = active;
        _local = local;
        _baseUrl = baseUrl;
        _protected = isProtected;
        _overrideProtected = overrideProtected;
        _remoteContexts = remoteContexts;
    }

    public void Define(string term)
    {
        if (_defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            throw JsonLdException.Of(JsonLdErrorCode.CyclicIriMapping, $"the definition of {term} depends on itself");
        }

        if (term.Length == 0)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, "the empty string is not a term");
        }

        _defined[term] = false;
        var value = _local[term];
        var is10 = _active.Is10;
        if (term == Keywords.Type)
        {
            if (is10)
            {
                throw JsonLdException.Of(JsonLdErrorCode.KeywordRedefinition, "@type can't be redefined in json-ld-1.0 mode");
            }

            if (value is not JsonObject typeDefinition || typeDefinition.Count == 0
                || typeDefinition.Any(e => !(e.Key == Keywords.Protected || (e.Key == Keywords.Container && ContextProcessor.IsString(e.Value, out var c) && c == Keywords.Set))))
            {
                throw JsonLdException.Of(JsonLdErrorCode.KeywordRedefinition, "@type may only be given @container: @set and @protected");
            }
        }
        else if (Keywords.IsKeyword(term))
        {
            throw JsonLdException.Of(JsonLdErrorCode.KeywordRedefinition, $"{term} is a keyword");
        }
        else if (Keywords.LooksLikeKeyword(term))
        {
            // Reserved for future keywords: ignored (spec: with a warning).
            _defined[term] = true;
            return;
        }

        var previous = _active.GetTerm(term);
        _active.Terms.Remove(term);
        JsonObject map;
        var simpleTerm = false;
        if (value is null)
        {
            map = new JsonObject { [Keywords.Id] = null };
        }
        else if (ContextProcessor.IsString(value, out _))
        {
            map = new JsonObject { [Keywords.Id] = value.DeepClone() };
            simpleTerm = true;
        }
        else if (value is JsonObject o)
        {
            map = o;
        }
        else
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, $"the definition of {term} must be a string, an object or null");
        }

        var definition = new TermDefinition { IsProtected = _protected };
        if (map.TryGetPropertyValue(Keywords.Protected, out var protectedNode))
        {
            if (is10)
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, "@protected is not allowed in json-ld-1.0 mode");
            }

            if (!ContextProcessor.TryGetBool(protectedNode, out var p))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidProtectedValue, $"@protected of {term} must be true or false");
            }

            definition.IsProtected = p;
        }

        if (map.TryGetPropertyValue(Keywords.Type, out var typeNode))
        {
            if (!ContextProcessor.IsString(typeNode, out var type))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTypeMapping, $"@type of {term} must be a string");
            }

            var expandedType = ExpandIri(type, documentRelative: false, vocab: true);
            if ((expandedType is Keywords.Json or Keywords.None) && is10)
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTypeMapping, $"@type {expandedType} is not allowed in json-ld-1.0 mode");
            }

            if (expandedType is not (Keywords.Id or Keywords.Vocab or Keywords.Json or Keywords.None)
                && (expandedType is null || !IriResolver.IsAbsolute(expandedType) || Keywords.IsKeyword(expandedType)))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTypeMapping, $"@type of {term} must be @id, @vocab, @json, @none or an absolute IRI");
            }

            definition.TypeMapping = expandedType;
        }

        if (map.TryGetPropertyValue(Keywords.Reverse, out var reverseNode))
        {
            DefineReverse(term, map, reverseNode, definition, previous);
            return;
        }

        if (!DefineIri(term, map, simpleTerm, definition))
        {
            _defined[term] = true;
            return;
        }

        DefineContainer(term, map, definition, is10);
        DefineOptions(term, map, definition, is10);
        foreach (var (key, _) in map)
        {
            if (!DefinitionKeys.Contains(key))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, $"the definition of {term} has an unknown entry {key}");
            }
        }

        Commit(term, definition, previous);
    }

    private void Commit(string term, TermDefinition definition, TermDefinition? previous)
    {
        if (!_overrideProtected && previous is not null && previous.IsProtected)
        {
            if (!definition.SameDefinitionAs(previous))
            {
                throw JsonLdException.Of(JsonLdErrorCode.ProtectedTermRedefinition, $"{term} is protected");
            }

            definition = previous;
        }

        _active.Terms[term] = definition;
        _defined[term] = true;
    }

    private void DefineReverse(string term, JsonObject map, JsonNode? reverseNode, TermDefinition definition, TermDefinition? previous)
    {
        if (map.ContainsKey(Keywords.Id) || map.ContainsKey(Keywords.Nest))
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidReverseProperty, $"{term} has @reverse with @id or @nest");
        }

        if (!ContextProcessor.IsString(reverseNode, out var reverse))
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidIriMapping, $"@reverse of {term} must be a string");
        }

        if (Keywords.LooksLikeKeyword(reverse))
        {
            _defined[term] = true;
            return;
        }

        var iri = ExpandIri(reverse, documentRelative: false, vocab: true);
        if (iri is null || Keywords.IsKeyword(iri) || (!IriResolver.IsAbsolute(iri) && !iri.StartsWith("_:", StringComparison.Ordinal)))
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidIriMapping, $"@reverse of {term} does not expand to an IRI");
        }

        definition.IriMapping = iri;
        if (map.TryGetPropertyValue(Keywords.Container, out var containerNode))
        {
            definition.HasContainer = true;
            if (containerNode is null)
            {
                definition.Container = Container.None;
            }
            else if (ContextProcessor.IsString(containerNode, out var c) && c is Keywords.Set or Keywords.Index)
            {
                definition.Container = ContainerNames.Parse(c);
            }
            else
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidReverseProperty, $"the container of reverse property {term} must be @set, @index or null");
            }
        }

        DefineIndex(term, map, definition, _active.Is10);
        definition.IsReverseProperty = true;
        foreach (var (key, _) in map)
        {
            if (!DefinitionKeys.Contains(key))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidTermDefinition, $"the definition of {term} has an unknown entry {key}");
            }
        }

        Commit(term, definition, previous);
    }

    /// <returns>false when the term must be left undefined (its @id has the form of a future keyword).</returns>
    private bool DefineIri(string term, JsonObject map, bool simpleTerm, TermDefinition definition)
    {
        var colon = term.Length > 1 ? term.IndexOf(':', 1) : -1;
        if (map.TryGetPropertyValue(Keywords.Id, out var idNode) && !(ContextProcessor.IsString(idNode, out var same) && same == term))
        {
            if (idNode is null)
            {
                definition.IriMapping = null;
                return true;
            }

            if (!ContextProcessor.IsString(idNode, out var id))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidIriMapping, $"@id of {term} must be a string");
            }

            if (!Keywords.IsKeyword(id) && Keywords.LooksLikeKeyword(id))
            {
                return false;
            }

            var iri = ExpandIri(id, documentRelative: false, vocab: true);
            if (iri is null || (!Keywords.IsKeyword(iri) && !IriResolver.IsAbsolute(iri) && !iri.StartsWith("_:", StringComparison.Ordinal)))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidIriMapping, $"@id of {term} does not expand to an IRI, blank node or keyword");
            }

            if (iri == Keywords.Context)
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidKeywordAlias, $"{term} can't alias @context");
            }

            definition.IriMapping = iri;
            var colonInside = colon > 0 && colon < term.Length - 1;
            if (colonInside || term.Contains('/', StringComparison.Ordinal))
            {
                _defined[term] = true;
                if (ExpandIri(term, documentRelative: false, vocab: true) != iri)
                {
                    throw JsonLdException.Of(JsonLdErrorCode.InvalidIriMapping, $"{term} looks like an IRI but maps to a different one");
                }
            }

            if (!term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal) && simpleTerm
                && (EndsWithGenDelim(iri) || iri.StartsWith("_:", StringComparison.Ordinal)))
            {
                definition.IsPrefix = true;
            }
        }
        else if (colon > 0)
        {
            var prefix = term[..colon];
            if (_local.ContainsKey(prefix))
            {
                Define(prefix);
            }

            var prefixDefinition = _active.GetTerm(prefix);
            definition.IriMapping = prefixDefinition?.IriMapping is { } prefixIri
                ? string.Concat(prefixIri, term.AsSpan(colon + 1))
                : term;
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            // Expanded against the context alone: the term itself is in the local context being defined.
            var iri = _active.ExpandIri(term, documentRelative: false, vocab: true);
            if (iri is null || !IriResolver.IsAbsolute(iri))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidIriMapping, $"{term} does not expand to an IRI");
            }

            definition.IriMapping = iri;
        }
        else if (term == Keywords.Type)
        {
            definition.IriMapping = Keywords.Type;
        }
        else if (_active.Vocab is not null)
        {
            definition.IriMapping = _active.Vocab + term;
        }
        else
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidIriMapping, $"{term} has no IRI and there is no @vocab");
        }

        return true;
    }

    private static bool EndsWithGenDelim(string iri) => iri.Length > 0 && iri[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@';

    /// <summary>IRI expansion that first defines terms of the local context it depends on.</summary>
    public string? ExpandIri(string? value, bool documentRelative, bool vocab)
    {
        if (value is null || Keywords.IsKeyword(value))
        {
            return value;
        }

        if (Keywords.LooksLikeKeyword(value))
        {
            return null;
        }

        if (_local.ContainsKey(value) && !(_defined.TryGetValue(value, out var done) && done))
        {
            Define(value);
        }

        var definition = _active.GetTerm(value);
        if (definition is not null && (Keywords.IsKeyword(definition.IriMapping) || vocab))
        {
            return definition.IriMapping;
        }

        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            if (prefix == "_" || value.AsSpan(colon + 1).StartsWith("//"))
            {
                return value;
            }

            if (_local.ContainsKey(prefix) && !(_defined.TryGetValue(prefix, out var prefixDone) && prefixDone))
            {
                Define(prefix);
            }

            var prefixDefinition = _active.GetTerm(prefix);
            if (prefixDefinition is { IriMapping: not null, IsPrefix: true })
            {
                return string.Concat(prefixDefinition.IriMapping, value.AsSpan(colon + 1));
            }

            if (IriResolver.IsAbsolute(value))
            {
                return value;
            }
        }

        if (vocab && _active.Vocab is not null)
        {
            return _active.Vocab + value;
        }

        return documentRelative ? _session.Resolve(_active.BaseIri, value) : value;
    }
}
