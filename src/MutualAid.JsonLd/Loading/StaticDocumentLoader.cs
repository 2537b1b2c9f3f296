using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Loading;

/// <summary>
/// Answers from documents held in memory: the bundled fediverse contexts plus any registered with
/// <see cref="With(string, string)"/>. Never touches the network; a URL it does not hold goes to the
/// fallback loader if one is set, else is handled per <see cref="UnknownContextPolicy"/>.
/// Immutable: every With* returns a new loader, so a shared instance can't be changed under a caller.
/// </summary>
public sealed class StaticDocumentLoader : IDocumentLoader
{
    private static readonly ConcurrentDictionary<string, RemoteDocument> BundledCache = new(StringComparer.Ordinal);
    private static readonly JsonNode EmptyContextDocument = new JsonObject { ["@context"] = new JsonObject() };

    private readonly ImmutableDictionary<string, RemoteDocument> _extra;
    private readonly bool _includeBundled;
    private readonly IDocumentLoader? _fallback;
    private readonly UnknownContextPolicy _unknownPolicy;

    private StaticDocumentLoader(ImmutableDictionary<string, RemoteDocument> extra, bool includeBundled,
        IDocumentLoader? fallback, UnknownContextPolicy unknownPolicy)
    {
        _extra = extra;
        _includeBundled = includeBundled;
        _fallback = fallback;
        _unknownPolicy = unknownPolicy;
    }

    /// <summary>The bundled contexts only; unknown URLs fail.</summary>
    public static StaticDocumentLoader Bundled { get; } =
        new(ImmutableDictionary<string, RemoteDocument>.Empty.WithComparers(StringComparer.Ordinal), true, null, UnknownContextPolicy.Fail);

    /// <summary>No documents at all (for tests that want to see every load fail).</summary>
    public static StaticDocumentLoader Empty { get; } =
        new(ImmutableDictionary<string, RemoteDocument>.Empty.WithComparers(StringComparer.Ordinal), false, null, UnknownContextPolicy.Fail);

    /// <summary>A loader that also answers <paramref name="url"/> with the JSON document <paramref name="json"/>.</summary>
    public StaticDocumentLoader With(string url, string json)
    {
        ArgumentNullException.ThrowIfNull(url);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The document registered for {url} is not JSON: {ex.Message}", nameof(json), ex);
        }

        return With(url, node);
    }

    /// <summary>A loader that also answers <paramref name="url"/> with <paramref name="document"/> (not copied: don't mutate it after).</summary>
    public StaticDocumentLoader With(string url, JsonNode? document)
    {
        var uri = new Uri(url, UriKind.Absolute);
        return new StaticDocumentLoader(_extra.SetItem(url, new RemoteDocument(uri, document)), _includeBundled, _fallback, _unknownPolicy);
    }

    /// <summary>A loader that sends URLs it does not hold to <paramref name="fallback"/> (e.g. an allowlisted HTTP loader).</summary>
    public StaticDocumentLoader WithFallback(IDocumentLoader fallback) =>
        new(_extra, _includeBundled, fallback, _unknownPolicy);

    public StaticDocumentLoader WithUnknownContexts(UnknownContextPolicy policy) =>
        new(_extra, _includeBundled, _fallback, policy);

    public ValueTask<RemoteDocument> LoadAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var key = url.OriginalString;
        if (_extra.TryGetValue(key, out var extra))
        {
            return ValueTask.FromResult(extra);
        }

        if (_includeBundled && TryLoadBundled(key, url, out var bundled))
        {
            return ValueTask.FromResult(bundled);
        }

        if (_fallback is not null)
        {
            return _fallback.LoadAsync(url, ct);
        }

        if (_unknownPolicy == UnknownContextPolicy.TreatAsEmpty)
        {
            return ValueTask.FromResult(new RemoteDocument(url, EmptyContextDocument));
        }

        return ValueTask.FromException<RemoteDocument>(JsonLdException.Of(JsonLdErrorCode.LoadingRemoteContextFailed,
            $"{key} is not a bundled context and remote contexts are not allowed by this loader"));
    }

    private static bool TryLoadBundled(string key, Uri url, out RemoteDocument document)
    {
        string? resource = BundledContexts.ResourceByUrl.GetValueOrDefault(key);
        if (resource is null && BundledContexts.IsInstanceLitePubUrl(key))
        {
            resource = BundledContexts.LitePubResource;
        }

        if (resource is null)
        {
            document = null!;
            return false;
        }

        var shared = BundledCache.GetOrAdd(resource, static name =>
            new RemoteDocument(new Uri("urn:bundled:" + name), JsonNode.Parse(BundledContexts.ReadResource(name))));
        // The URL asked for is the document URL (it is the base for relative IRIs in the context);
        // the parsed JSON is shared.
        document = new RemoteDocument(url, shared.Document);
        return true;
    }
}
