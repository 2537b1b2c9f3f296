namespace MutualAid.JsonLd.Loading;

/// <summary>
/// Loads a document (in practice a remote context) by URL. Implementations that can answer
/// without I/O return an already-completed ValueTask: the synchronous processor entry points
/// use that as their fast path.
/// </summary>
public interface IDocumentLoader
{
    ValueTask<RemoteDocument> LoadAsync(Uri url, CancellationToken ct);
}
