using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using MutualAid.JsonLd.Compaction;
using MutualAid.JsonLd.Context;
using MutualAid.JsonLd.Expansion;
using MutualAid.JsonLd.Loading;

namespace MutualAid.JsonLd;

/// <summary>
/// The JSON-LD 1.1 API: expansion and compaction. Processed contexts are cached per document loader,
/// so a context referenced by many documents is processed once. The synchronous methods serve loaders
/// that answer from memory (the default) and block on loaders that do I/O; prefer the async ones then.
/// </summary>
public static class JsonLdProcessor
{
    private static readonly ConditionalWeakTable<IDocumentLoader, ConcurrentDictionary<JsonLdProcessingMode, ActiveContext>> InitialContexts = new();

    public static JsonArray Expand(JsonNode? input, JsonLdOptions? options = null)
    {
        var session = new ProcessingSession(options ?? new JsonLdOptions(), allowBlocking: true, CancellationToken.None);
        return Run(session, () => ExpandCore(session, input));
    }

    public static ValueTask<JsonArray> ExpandAsync(JsonNode? input, JsonLdOptions? options = null, CancellationToken ct = default)
    {
        var session = new ProcessingSession(options ?? new JsonLdOptions(), allowBlocking: false, ct);
        return RunAsync(session, () => ExpandCore(session, input));
    }

    public static JsonObject Compact(JsonNode? input, JsonNode? context, JsonLdOptions? options = null)
    {
        var session = new ProcessingSession(options ?? new JsonLdOptions(), allowBlocking: true, CancellationToken.None);
        return Run(session, () => CompactCore(session, input, context));
    }

    public static ValueTask<JsonObject> CompactAsync(JsonNode? input, JsonNode? context, JsonLdOptions? options = null, CancellationToken ct = default)
    {
        var session = new ProcessingSession(options ?? new JsonLdOptions(), allowBlocking: false, ct);
        return RunAsync(session, () => CompactCore(session, input, context));
    }

    private static JsonArray ExpandCore(ProcessingSession session, JsonNode? input)
    {
        var options = session.Options;
        var active = InitialContext(options);
        if (options.ExpandContext is { } expandContext)
        {
            var local = expandContext is JsonObject o && o.TryGetPropertyValue(Keywords.Context, out var inner) ? inner : expandContext;
            active = ContextProcessor.Process(session, active, local, active.OriginalBaseUrl, sharedNode: false);
        }

        return new Expander(session).ExpandDocument(active, input, DocumentBase.Marker);
    }

    private static JsonObject CompactCore(ProcessingSession session, JsonNode? input, JsonNode? context)
    {
        var expanded = ExpandCore(session, input);
        var local = context is JsonObject o && o.TryGetPropertyValue(Keywords.Context, out var inner) ? inner : context;
        var active = ContextProcessor.Process(session, InitialContext(session.Options), local, DocumentBase.Marker, sharedNode: false);
        return new Compactor(session).CompactDocument(active, expanded, local);
    }

    /// <summary>One initial context per loader and processing mode: its base stands for each document's own.</summary>
    internal static ActiveContext InitialContext(JsonLdOptions options)
    {
        var byMode = InitialContexts.GetValue(options.DocumentLoader, static _ => new());
        return byMode.GetOrAdd(options.ProcessingMode, static mode => new ActiveContext(DocumentBase.Marker, DocumentBase.Marker, mode));
    }

    private static T Run<T>(ProcessingSession session, Func<T> algorithm)
    {
        try
        {
            return algorithm();
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw new JsonLdException(JsonLdErrorCode.MaxDepthExceeded, $"{JsonLdErrorCode.MaxDepthExceeded}: the input nests too deeply for the stack", ex);
        }
    }

    private static async ValueTask<T> RunAsync<T>(ProcessingSession session, Func<T> algorithm)
    {
        // Each pending load restarts the algorithm with the document at hand; bounded because every
        // restart adds one document and loads per document are capped.
        while (true)
        {
            try
            {
                return Run(session, algorithm);
            }
            catch (PendingLoad pending)
            {
                RemoteDocument document;
                try
                {
                    document = await pending.LoadTask.WaitAsync(session.CancellationToken).ConfigureAwait(false);
                }
                catch (JsonLdException ex)
                {
                    throw ProcessingSession.Wrap(JsonLdErrorCode.LoadingRemoteContextFailed, pending.Url, ex);
                }
                catch (Exception ex) when (ProcessingSession.IsLoaderFailure(ex))
                {
                    throw new JsonLdException(JsonLdErrorCode.LoadingRemoteContextFailed,
                        $"{JsonLdErrorCode.LoadingRemoteContextFailed}: {pending.Url}: {ex.Message}", ex);
                }

                session.AddLoaded(pending.Url, document);
            }
        }
    }
}
