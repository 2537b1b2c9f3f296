using System.Collections.Concurrent;
using MutualAid.JsonLd.Compaction;
using MutualAid.JsonLd.Iri;

namespace MutualAid.JsonLd.Context;

/// <summary>
/// An active context (JSON-LD 1.1 API, section 4.1). Never changed once built: context processing
/// builds a new one, which lets processed contexts be cached and shared between documents and threads.
/// </summary>
internal sealed class ActiveContext
{
    /// <summary>Derived contexts per child context kept at most, so hostile input can't grow the cache without bound.</summary>
    private const int MaxDerivedEntries = 256;

    private ConcurrentDictionary<ContextCacheKey, ActiveContext>? _derived;
    private InverseContext? _inverse;
    private HashSet<string>? _typeAliases;

    public ActiveContext(string? baseIri, string? originalBaseUrl, JsonLdProcessingMode mode)
    {
        BaseIri = baseIri;
        OriginalBaseUrl = originalBaseUrl;
        ProcessingMode = mode;
        Terms = new Dictionary<string, TermDefinition>(StringComparer.Ordinal);
    }

    private ActiveContext(ActiveContext other)
    {
        BaseIri = other.BaseIri;
        OriginalBaseUrl = other.OriginalBaseUrl;
        ProcessingMode = other.ProcessingMode;
        Terms = new Dictionary<string, TermDefinition>(other.Terms, StringComparer.Ordinal);
        Vocab = other.Vocab;
        DefaultLanguage = other.DefaultLanguage;
        DefaultDirection = other.DefaultDirection;
        PreviousContext = other.PreviousContext;
    }

    public Dictionary<string, TermDefinition> Terms { get; }

    public string? BaseIri { get; set; }

    public string? OriginalBaseUrl { get; }

    public string? Vocab { get; set; }

    public string? DefaultLanguage { get; set; }

    public string? DefaultDirection { get; set; }

    public ActiveContext? PreviousContext { get; set; }

    public JsonLdProcessingMode ProcessingMode { get; }

    public bool Is10 => ProcessingMode == JsonLdProcessingMode.Json10;

    public ActiveContext Clone() => new(this);

    public TermDefinition? GetTerm(string term) => Terms.GetValueOrDefault(term);

    public bool HasProtectedTerms()
    {
        foreach (var definition in Terms.Values)
        {
            if (definition.IsProtected)
            {
                return true;
            }
        }

        return false;
    }

    public InverseContext Inverse => _inverse ??= InverseContext.Create(this);

    /// <summary>"@type" and the terms aliasing it: the keys that IRI-expand to @type (only a term can alias a keyword).</summary>
    public HashSet<string> TypeAliases => _typeAliases ??= CreateTypeAliases();

    private HashSet<string> CreateTypeAliases()
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal) { Keywords.Type };
        foreach (var (term, definition) in Terms)
        {
            if (definition.IriMapping == Keywords.Type)
            {
                aliases.Add(term);
            }
        }

        return aliases;
    }

    /// <summary>Looks a term up by a slice of a string (a compact IRI's prefix) without allocating it.</summary>
    private TermDefinition? GetTerm(ReadOnlySpan<char> term)
    {
        // Not cached in a field: the lookup is a struct, and a field of it could be read torn by another thread.
        return Terms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var definition) ? definition : null;
    }

    public bool TryGetDerived(in ContextCacheKey key, out ActiveContext derived)
    {
        var cache = _derived;
        if (cache is not null && cache.TryGetValue(key, out var found))
        {
            derived = found;
            return true;
        }

        derived = null!;
        return false;
    }

    public void AddDerived(in ContextCacheKey key, ActiveContext derived)
    {
        var cache = _derived ?? Interlocked.CompareExchange(ref _derived, new(), null) ?? _derived;
        if (cache.Count < MaxDerivedEntries)
        {
            cache.TryAdd(key, derived);
        }
    }

    /// <summary>IRI expansion of a map key (vocab-relative), also giving the key's term definition if it has one.</summary>
    public string? ExpandKey(string key, out TermDefinition? definition)
    {
        // A defined term's mapping is its expansion, keyword or not (only "@type" is both a keyword and a term).
        if (Terms.TryGetValue(key, out definition))
        {
            return definition.IriMapping;
        }

        return ExpandIri(key, documentRelative: false, vocab: true);
    }

    /// <summary>IRI expansion (section 5.2) once the context is built; no term definitions are created here.</summary>
    /// <param name="session">Needed when <paramref name="documentRelative"/>: the base may stand for the document's.</param>
    public string? ExpandIri(string? value, bool documentRelative, bool vocab, ProcessingSession? session = null)
    {
        if (value is null || Keywords.IsKeyword(value))
        {
            return value;
        }

        if (Keywords.LooksLikeKeyword(value))
        {
            return null;
        }

        if (Terms.TryGetValue(value, out var definition))
        {
            if (Keywords.IsKeyword(definition.IriMapping))
            {
                return definition.IriMapping;
            }

            if (vocab)
            {
                return definition.IriMapping;
            }
        }

        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value.AsSpan(0, colon);
            if (value.AsSpan(colon + 1).StartsWith("//") || prefix is "_")
            {
                return value;
            }

            if (GetTerm(prefix) is { IriMapping: not null, IsPrefix: true } prefixDefinition)
            {
                return string.Concat(prefixDefinition.IriMapping, value.AsSpan(colon + 1));
            }

            if (IriResolver.IsAbsolute(value))
            {
                return value;
            }
        }

        if (vocab && Vocab is not null)
        {
            return Vocab + value;
        }

        if (documentRelative)
        {
            return session is null ? IriResolver.Resolve(BaseIri, value) : session.Resolve(BaseIri, value);
        }

        return value;
    }
}
