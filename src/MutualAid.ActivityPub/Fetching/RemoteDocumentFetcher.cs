using System.Text.Json;

namespace MutualAid.ActivityPub.Fetching;

/// <summary>
/// Fetches ActivityPub documents from other instances with the checks Mastodon applies: https only,
/// no private addresses, at most a few re-checked redirects, bounded size and time, an
/// ActivityStreams content type, and an <c>id</c> that belongs to the origin that served it.
/// Signing is the HttpClient's business (a DelegatingHandler); <see cref="RemoteFetchRequest.PrepareRequest"/>
/// can pass it per-request data.
/// </summary>
public sealed class RemoteDocumentFetcher
{
    private readonly RemoteHttpReader _reader;

    /// <param name="http">
    /// Preferably built on <see cref="FederationHttpHandler.Create(FederationFetchOptions)"/> so the address policy
    /// also holds after DNS resolution; its handler must not follow redirects itself.
    /// </param>
    public RemoteDocumentFetcher(HttpClient http, FederationFetchOptions options, TimeProvider timeProvider)
    {
        _reader = new RemoteHttpReader(http, options, timeProvider);
    }

    public Task<RemoteDocument> FetchAsync(Uri uri, CancellationToken cancellationToken) =>
        FetchAsync(new RemoteFetchRequest(uri), cancellationToken);

    public async Task<RemoteDocument> FetchAsync(RemoteFetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await _reader
            .GetAsync(request.Uri, ActivityStreamsMediaType.Accept, request.PrepareRequest, cancellationToken)
            .ConfigureAwait(false);

        if (!ActivityStreamsMediaType.IsAcceptable(response.ContentType))
        {
            throw new RemoteFetchException(
                RemoteFetchFailure.BadContentType,
                response.FinalUri,
                $"{response.FinalUri} served '{response.ContentType?.ToString() ?? "no content type"}', not an ActivityStreams document.");
        }

        var root = ParseObject(response);
        var id = CheckId(root, request, response.FinalUri);
        return new RemoteDocument(id, response.FinalUri, response.ContentType!.MediaType!, root);
    }

    private static JsonElement ParseObject(RemoteResponse response)
    {
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new RemoteFetchException(
                    RemoteFetchFailure.InvalidJson,
                    response.FinalUri,
                    $"{response.FinalUri} served JSON {document.RootElement.ValueKind}, not an object.");
            }

            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new RemoteFetchException(
                RemoteFetchFailure.InvalidJson,
                response.FinalUri,
                $"{response.FinalUri} served malformed JSON: {ex.Message}",
                innerException: ex);
        }
    }

    private static Uri CheckId(JsonElement root, RemoteFetchRequest request, Uri finalUri)
    {
        if (!root.TryGetProperty("id", out var idElement)
            || idElement.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(idElement.GetString(), UriKind.Absolute, out var id))
        {
            throw new RemoteFetchException(
                RemoteFetchFailure.IdMismatch,
                finalUri,
                $"The document at {finalUri} has no absolute 'id'.");
        }

        if (!SameOrigin(id, finalUri))
        {
            throw new RemoteFetchException(
                RemoteFetchFailure.IdMismatch,
                finalUri,
                $"The document at {finalUri} claims id {id}, which is on another origin.");
        }

        if (request.IdCheck == IdCheck.ExactMatch
            && !string.Equals(id.AbsoluteUri, request.Uri.AbsoluteUri, StringComparison.Ordinal))
        {
            throw new RemoteFetchException(
                RemoteFetchFailure.IdMismatch,
                finalUri,
                $"Fetched {request.Uri} but the document's id is {id}.");
        }

        return id;
    }

    /// <summary>Same scheme, host (compared in punycode, ignoring case) and port.</summary>
    public static bool SameOrigin(Uri a, Uri b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.IsAbsoluteUri
            && b.IsAbsoluteUri
            && string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
            && a.Port == b.Port;
    }
}
