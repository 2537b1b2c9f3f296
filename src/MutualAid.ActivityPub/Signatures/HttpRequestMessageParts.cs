namespace MutualAid.ActivityPub.Signatures;

/// <summary>Adapts HttpClient's <see cref="HttpRequestMessage"/> to <see cref="HttpMessageParts"/>.</summary>
public static class HttpRequestMessageParts
{
    /// <summary>
    /// Reads the request's headers (request and content headers) and body. The body is buffered: the
    /// content is replaced by an equivalent <see cref="ByteArrayContent"/> so it can still be sent.
    /// </summary>
    public static async Task<HttpMessageParts> FromAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var body = await BufferContentAsync(request, cancellationToken).ConfigureAwait(false);
        var headers = new List<KeyValuePair<string, string>>();
        if (request.Headers.Host is null)
        {
            headers.Add(new("Host", uri.Authority));
        }

        foreach (var (name, values) in request.Headers.NonValidated)
        {
            foreach (var value in values)
            {
                headers.Add(new(name, value));
            }
        }

        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers.NonValidated)
            {
                foreach (var value in values)
                {
                    headers.Add(new(name, value));
                }
            }
        }

        // HttpClient writes PathAndQuery on the request line (System.Uri's normalized form), so that is what a peer verifies.
        var wire = new Uri(uri.GetLeftPart(UriPartial.Authority) + uri.PathAndQuery);
        return new HttpMessageParts(request.Method.Method, wire, headers, body);
    }

    /// <summary>Swaps the content for a re-readable copy and returns its bytes (empty when there is no content).</summary>
    public static async Task<byte[]> BufferContentAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is null)
        {
            return [];
        }

        if (request.Content is ByteArrayContent existing)
        {
            return await existing.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        var bytes = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var copy = new ByteArrayContent(bytes);
        foreach (var (name, values) in request.Content.Headers.NonValidated)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        request.Content.Dispose();
        request.Content = copy;
        return bytes;
    }
}
