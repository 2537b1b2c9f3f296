using MutualAid.JsonLd.Context;
using MutualAid.JsonLd.Iri;
using MutualAid.JsonLd.Loading;

namespace MutualAid.JsonLd;

/// <summary>
/// State of one API call: options, cancellation, and the remote documents it loaded. The algorithms
/// are synchronous; when a loader can't answer at once, the async entry points catch
/// <see cref="PendingLoad"/>, await the load, and run the algorithm again with the document at hand.
/// </summary>
internal sealed class ProcessingSession
{
    private Dictionary<string, RemoteDocument>? _loaded;
    private int _loads;

    public ProcessingSession(JsonLdOptions options, bool allowBlocking, CancellationToken ct)
    {
        Options = options;
        AllowBlocking = allowBlocking;
        CancellationToken = ct;
    }

    public JsonLdOptions Options { get; }

    public bool AllowBlocking { get; }

    public CancellationToken CancellationToken { get; }

    public bool Ordered => Options.Ordered;

    /// <summary>How often the document base stood in for a base so far (see <see cref="DocumentBase"/>).</summary>
    public int DocumentBaseUses { get; private set; }

    /// <summary>The base to resolve against: the document's own base where <paramref name="baseValue"/> stands for it.</summary>
    public string? Effective(string? baseValue)
    {
        if (!DocumentBase.Is(baseValue))
        {
            return baseValue;
        }

        DocumentBaseUses++;
        return Options.Base;
    }

    /// <summary>Records that a cached result was computed with the document base.</summary>
    public void NoteDocumentBaseUse() => DocumentBaseUses++;

    /// <summary>Resolves a reference; an absolute one never consults the base (so it doesn't count as a use of it).</summary>
    public string Resolve(string? baseValue, string reference) =>
        IriResolver.IsAbsolute(reference)
            ? IriResolver.Resolve(reference, reference)
            : IriResolver.Resolve(Effective(baseValue), reference);

    /// <summary>Makes a document loaded asynchronously available to the next (re)run.</summary>
    public void AddLoaded(string url, RemoteDocument document) => (_loaded ??= new(StringComparer.Ordinal))[url] = document;

    public RemoteDocument Load(string url, string errorCode)
    {
        if (_loaded is not null && _loaded.TryGetValue(url, out var known))
        {
            return known;
        }

        if (++_loads > Options.MaxRemoteContexts * 4)
        {
            throw JsonLdException.Of(JsonLdErrorCode.ContextOverflow, $"more than {Options.MaxRemoteContexts * 4} remote documents loaded for one document");
        }

        Uri uri;
        try
        {
            uri = new Uri(url, UriKind.Absolute);
        }
        catch (UriFormatException ex)
        {
            throw new JsonLdException(errorCode, $"{errorCode}: {url} is not a loadable URL", ex);
        }

        ValueTask<RemoteDocument> pending;
        try
        {
            pending = Options.DocumentLoader.LoadAsync(uri, CancellationToken);
        }
        catch (JsonLdException ex)
        {
            throw Wrap(errorCode, url, ex);
        }
        catch (Exception ex) when (IsLoaderFailure(ex))
        {
            throw new JsonLdException(errorCode, $"{errorCode}: {url}: {ex.Message}", ex);
        }

        if (pending.IsCompletedSuccessfully)
        {
            return Remember(url, pending.Result);
        }

        if (!pending.IsCompleted && !AllowBlocking)
        {
            throw new PendingLoad(url, pending.AsTask());
        }

        try
        {
            // Only the synchronous API gets here with an incomplete load (a loader with real I/O):
            // it asked to block.
            return Remember(url, pending.AsTask().GetAwaiter().GetResult());
        }
        catch (JsonLdException ex)
        {
            throw Wrap(errorCode, url, ex);
        }
        catch (Exception ex) when (IsLoaderFailure(ex))
        {
            throw new JsonLdException(errorCode, $"{errorCode}: {url}: {ex.Message}", ex);
        }
    }

    /// <summary>A loader's own failure (I/O, HTTP, a bug in a custom loader) becomes a JSON-LD error; cancellation stays cancellation.</summary>
    internal static bool IsLoaderFailure(Exception ex) => ex is not (JsonLdException or OperationCanceledException or PendingLoad);

    private RemoteDocument Remember(string url, RemoteDocument document)
    {
        AddLoaded(url, document);
        return document;
    }

    internal static JsonLdException Wrap(string errorCode, string url, JsonLdException ex) =>
        ex.ErrorCode == errorCode ? ex : new JsonLdException(errorCode, $"{errorCode}: {url}: {ex.Message}", ex);
}

/// <summary>Raised inside the synchronous algorithms when a document must be loaded asynchronously first.</summary>
internal sealed class PendingLoad : Exception
{
    public PendingLoad(string url, Task<RemoteDocument> load)
        : base($"Waiting for {url}")
    {
        Url = url;
        LoadTask = load;
    }

    public PendingLoad()
    {
        Url = string.Empty;
        LoadTask = Task.FromException<RemoteDocument>(new InvalidOperationException("No load."));
    }

    public PendingLoad(string message)
        : this()
    {
    }

    public PendingLoad(string message, Exception innerException)
        : base(message, innerException)
    {
        Url = string.Empty;
        LoadTask = Task.FromException<RemoteDocument>(innerException);
    }

    public string Url { get; }

    public Task<RemoteDocument> LoadTask { get; }
}
