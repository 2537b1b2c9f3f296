using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.JsonLd.Iri;

namespace MutualAid.JsonLd.Context;

/// <summary>The Context Processing algorithm (JSON-LD 1.1 API, section 4.1.2), with a cache of its results.</summary>
internal static partial class ContextProcessor
{
    private static readonly HashSet<string> ContextKeywords = new(StringComparer.Ordinal)
    {
        Keywords.Base, Keywords.Direction, Keywords.Import, Keywords.Language, Keywords.Propagate,
        Keywords.Protected, Keywords.Version, Keywords.Vocab,
    };

    /// <summary>Processes <paramref name="localContext"/> on top of <paramref name="active"/>, reusing a cached result when the same context was seen before.</summary>
    public static ActiveContext Process(ProcessingSession session, ActiveContext active, JsonNode? localContext, string? baseUrl,
        bool sharedNode, List<string>? remoteContexts = null, bool overrideProtected = false, bool propagate = true,
        bool validateScoped = true)
    {
        // Shared nodes (loaded documents, term definitions) never change: their reference identifies them.
        // The caller's own context objects are identified by content.
        object identity = localContext switch
        {
            null => "null",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            _ when sharedNode => localContext,
            _ => new ContextFingerprint(localContext),
        };
        // A context processed without meeting the document base is shared by all documents; one that met it
        // (a relative reference resolved against it) is cached for that base only.
        var key = new ContextCacheKey(identity, baseUrl, overrideProtected, propagate, validateScoped, DocumentBase.Independent);
        if (active.TryGetDerived(key, out var cached))
        {
            return cached;
        }

        var baseKey = key with { DocumentBase = session.Options.Base ?? DocumentBase.None };
        if (active.TryGetDerived(baseKey, out cached))
        {
            session.NoteDocumentBaseUse();
            return cached;
        }

        if (identity is ContextFingerprint fingerprint)
        {
            // Processed from a private copy: the cached context's term definitions must not point into
            // a document the caller may change later.
            fingerprint = fingerprint.Detached();
            localContext = fingerprint.Node;
            key = key with { Context = fingerprint };
            baseKey = baseKey with { Context = fingerprint };
        }

        var usesBefore = session.DocumentBaseUses;
        var result = ProcessCore(session, active, localContext, baseUrl, remoteContexts ?? [], overrideProtected, propagate, validateScoped);
        active.AddDerived(session.DocumentBaseUses == usesBefore ? key : baseKey, result);
        return result;
    }

    private static ActiveContext ProcessCore(ProcessingSession session, ActiveContext active, JsonNode? localContext, string? baseUrl,
        List<string> remoteContexts, bool overrideProtected, bool propagate, bool validateScoped)
    {
        session.CancellationToken.ThrowIfCancellationRequested();
        var result = active;
        if (localContext is JsonObject contextObject && contextObject.TryGetPropertyValue(Keywords.Propagate, out var propagateNode))
        {
            if (!TryGetBool(propagateNode, out propagate))
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidPropagateValue, "@propagate must be true or false");
            }
        }

        if (!propagate && result.PreviousContext is null)
        {
            result = active.Clone();
            result.PreviousContext = active;
        }

        if (localContext is JsonArray array)
        {
            foreach (var item in array)
            {
                result = ProcessItem(session, active, result, item, baseUrl, remoteContexts, overrideProtected, propagate, validateScoped);
            }
        }
        else
        {
            result = ProcessItem(session, active, result, localContext, baseUrl, remoteContexts, overrideProtected, propagate, validateScoped);
        }

        return result;
    }

    private static ActiveContext ProcessItem(ProcessingSession session, ActiveContext active, ActiveContext result, JsonNode? context,
        string? baseUrl, List<string> remoteContexts, bool overrideProtected, bool propagate, bool validateScoped)
    {
        if (context is null)
        {
            if (!overrideProtected && result.HasProtectedTerms())
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidContextNullification, "a context with protected terms can't be set to null");
            }

            var fresh = new ActiveContext(active.OriginalBaseUrl, active.OriginalBaseUrl, active.ProcessingMode);
            if (!propagate)
            {
                fresh.PreviousContext = result;
            }

            return fresh;
        }

        if (context is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return ProcessRemote(session, result, value.GetValue<string>(), baseUrl, remoteContexts, validateScoped);
        }

        if (context is not JsonObject definition)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidLocalContext, "a context must be null, a string or an object");
        }

        // result may be a cached context shared with other documents: terms go into a private clone.
        var clone = result.Clone();
        ProcessDefinition(session, clone, definition, baseUrl, remoteContexts, overrideProtected, validateScoped);
        return clone;
    }

    private static ActiveContext ProcessRemote(ProcessingSession session, ActiveContext result, string reference, string? baseUrl,
        List<string> remoteContexts, bool validateScoped)
    {
        var url = session.Resolve(baseUrl, reference);
        if (!IriResolver.IsAbsolute(url))
        {
            throw JsonLdException.Of(JsonLdErrorCode.LoadingRemoteContextFailed, $"{reference} does not resolve to an absolute URL");
        }

        if (!validateScoped && remoteContexts.Contains(url))
        {
            return result;
        }

        if (remoteContexts.Contains(url))
        {
            throw JsonLdException.Of(JsonLdErrorCode.RecursiveContextInclusion, $"{url} includes itself");
        }

        if (remoteContexts.Count >= session.Options.MaxRemoteContexts)
        {
            throw JsonLdException.Of(JsonLdErrorCode.ContextOverflow, $"more than {session.Options.MaxRemoteContexts} nested remote contexts at {url}");
        }

        var document = session.Load(url, JsonLdErrorCode.LoadingRemoteContextFailed);
        if (document.Document is not JsonObject root || !root.TryGetPropertyValue(Keywords.Context, out var loaded))
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidRemoteContext, $"{url} is not a JSON object with an @context entry");
        }

        var nested = new List<string>(remoteContexts) { url };
        return Process(session, result, loaded, document.DocumentUrl.OriginalString, sharedNode: true, nested, validateScoped: validateScoped);
    }

    private static void ProcessDefinition(ProcessingSession session, ActiveContext result, JsonObject context, string? baseUrl,
        List<string> remoteContexts, bool overrideProtected, bool validateScoped)
    {
        if (context.TryGetPropertyValue(Keywords.Version, out var version))
        {
            // Read through the JSON text: a number built in code may be held as any numeric type.
            if (version is not JsonValue v || v.GetValueKind() != JsonValueKind.Number
                || !double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number != 1.1)
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidVersionValue, "@version must be 1.1");
            }

            if (result.Is10)
            {
                throw JsonLdException.Of(JsonLdErrorCode.ProcessingModeConflict, "@version 1.1 in json-ld-1.0 processing mode");
            }
        }

        if (context.TryGetPropertyValue(Keywords.Import, out var import))
        {
            context = Import(session, result, context, import, baseUrl);
        }

        if (context.TryGetPropertyValue(Keywords.Base, out var baseNode) && remoteContexts.Count == 0)
        {
            SetBase(session, result, baseNode);
        }

        if (context.TryGetPropertyValue(Keywords.Vocab, out var vocab))
        {
            SetVocab(session, result, vocab);
        }

        if (context.TryGetPropertyValue(Keywords.Language, out var language))
        {
            if (language is null)
            {
                result.DefaultLanguage = null;
            }
            else if (language is JsonValue l && l.GetValueKind() == JsonValueKind.String)
            {
                result.DefaultLanguage = l.GetValue<string>().ToLowerInvariant();
            }
            else
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidDefaultLanguage, "@language must be a string or null");
            }
        }

        if (context.TryGetPropertyValue(Keywords.Direction, out var direction))
        {
            if (result.Is10)
            {
                throw JsonLdException.Of(JsonLdErrorCode.InvalidContextEntry, "@direction is not allowed in json-ld-1.0 mode");
            }

            result.DefaultDirection = direction is null ? null : ParseDirection(direction);
        }

        if (context.ContainsKey(Keywords.Propagate) && result.Is10)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidContextEntry, "@propagate is not allowed in json-ld-1.0 mode");
        }

        var isProtected = false;
        if (context.TryGetPropertyValue(Keywords.Protected, out var protectedNode) && !TryGetBool(protectedNode, out isProtected))
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidProtectedValue, "@protected must be true or false");
        }

        var builder = new TermBuilder(session, result, context, baseUrl, isProtected, overrideProtected, remoteContexts);
        foreach (var (term, _) in context)
        {
            if (!ContextKeywords.Contains(term))
            {
                builder.Define(term);
            }
        }
    }

    private static JsonObject Import(ProcessingSession session, ActiveContext result, JsonObject context, JsonNode? import, string? baseUrl)
    {
        if (result.Is10)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidContextEntry, "@import is not allowed in json-ld-1.0 mode");
        }

        if (import is not JsonValue iv || iv.GetValueKind() != JsonValueKind.String)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidImportValue, "@import must be a string");
        }

        var url = session.Resolve(baseUrl, iv.GetValue<string>());
        var document = session.Load(url, JsonLdErrorCode.LoadingRemoteContextFailed);
        if (document.Document is not JsonObject root || !root.TryGetPropertyValue(Keywords.Context, out var imported)
            || imported is not JsonObject importedContext)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidRemoteContext, $"{url} has no @context object to import");
        }

        if (importedContext.ContainsKey(Keywords.Import))
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidContextEntry, $"the context imported from {url} has its own @import");
        }

        // The merged object only lives while this context is processed; values are shared, not copied,
        // so they are wrapped rather than re-parented.
        var merged = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (k, v) in importedContext)
        {
            merged[k] = v;
        }

        foreach (var (k, v) in context)
        {
            if (k != Keywords.Import)
            {
                merged[k] = v;
            }
        }

        var copy = new JsonObject();
        foreach (var (k, v) in merged)
        {
            copy[k] = v?.DeepClone();
        }

        return copy;
    }

    private static void SetBase(ProcessingSession session, ActiveContext result, JsonNode? value)
    {
        if (value is null)
        {
            result.BaseIri = null;
            return;
        }

        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidBaseIri, "@base must be a string or null");
        }

        var text = v.GetValue<string>();
        if (IriResolver.IsAbsolute(text))
        {
            result.BaseIri = text;
        }
        else if (session.Effective(result.BaseIri) is { } currentBase)
        {
            result.BaseIri = IriResolver.Resolve(currentBase, text);
        }
        else if (text.Length == 0)
        {
            result.BaseIri = null;
        }
        else
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidBaseIri, $"relative @base {text} without a base IRI to resolve against");
        }
    }

    private static void SetVocab(ProcessingSession session, ActiveContext result, JsonNode? value)
    {
        if (value is null)
        {
            result.Vocab = null;
            return;
        }

        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidVocabMapping, "@vocab must be a string or null");
        }

        var text = v.GetValue<string>();
        if (result.Is10 && !IriResolver.IsAbsolute(text) && !text.StartsWith("_:", StringComparison.Ordinal))
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidVocabMapping, "@vocab must be an absolute IRI in json-ld-1.0 mode");
        }

        var expanded = result.ExpandIri(text, documentRelative: true, vocab: true, session);
        if (expanded is null || (!IriResolver.IsAbsolute(expanded) && !expanded.StartsWith("_:", StringComparison.Ordinal)) || Keywords.IsKeyword(expanded))
        {
            throw JsonLdException.Of(JsonLdErrorCode.InvalidVocabMapping, $"@vocab {text} is not an IRI");
        }

        result.Vocab = expanded;
    }

    internal static string ParseDirection(JsonNode node)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is "ltr" or "rtl")
        {
            return v.GetValue<string>();
        }

        throw JsonLdException.Of(JsonLdErrorCode.InvalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null");
    }

    internal static bool TryGetBool(JsonNode? node, out bool value)
    {
        var kind = node?.GetValueKind();
        value = kind == JsonValueKind.True;
        return kind is JsonValueKind.True or JsonValueKind.False;
    }

    internal static bool IsString(JsonNode? node, out string value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        value = null!;
        return false;
    }
}
