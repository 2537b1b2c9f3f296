namespace MutualAid.ActivityPub.Signatures;

/// <summary>
/// The parts of an HTTP message that signatures cover, independent of any HTTP stack: ASP.NET's
/// HttpRequest and HttpClient's HttpRequestMessage are both adapted to this (see
/// <see cref="HttpRequestMessageParts"/>). Header field lines keep their order; same-name lines are
/// combined with ", " as RFC 9110 and both signature schemes require.
/// </summary>
public sealed class HttpMessageParts
{
    public HttpMessageParts(string method, Uri targetUri, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(targetUri);
        if (!targetUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The target URI must be absolute (scheme and authority included).", nameof(targetUri));
        }

        Method = method;
        TargetUri = targetUri;
        (Path, Query) = SplitTarget(targetUri);
        Headers = headers ?? throw new ArgumentNullException(nameof(headers));
        Body = body;
    }

    private HttpMessageParts(int status, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body)
    {
        Status = status;
        Headers = headers;
        Body = body;
    }

    /// <summary>The request method as sent (RFC 9421 @method is case-sensitive).</summary>
    public string? Method { get; }

    public Uri? TargetUri { get; }

    /// <summary>Set for responses only (RFC 9421 @status).</summary>
    public int? Status { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public ReadOnlyMemory<byte> Body { get; }

    public bool IsRequest => Method is not null;

    /// <summary>
    /// An incoming request from primitives any server has (for ASP.NET: <c>Request.Method</c>, the public scheme,
    /// <c>Request.Host</c>, <c>IHttpRequestFeature.RawTarget</c>, <c>Request.Headers</c>, the buffered body).
    /// <paramref name="rawTarget"/> is path?query exactly as on the request line, so escapes are kept.
    /// </summary>
    public static HttpMessageParts ForIncomingRequest(
        string method,
        string scheme,
        string host,
        string rawTarget,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers,
        ReadOnlyMemory<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheme);
        ArgumentException.ThrowIfNullOrEmpty(host);
        ArgumentException.ThrowIfNullOrEmpty(rawTarget);
        ArgumentNullException.ThrowIfNull(headers);
        if (!rawTarget.StartsWith('/'))
        {
            throw new ArgumentException("The raw target must be in origin form (start with '/').", nameof(rawTarget));
        }

        var lines = headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v))).ToList();
        return new HttpMessageParts(method, new Uri(scheme.ToLowerInvariant() + "://" + host + rawTarget), lines, body);
    }

    public static HttpMessageParts Response(int status, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body) =>
        new(status, headers ?? throw new ArgumentNullException(nameof(headers)), body);

    /// <summary>The combined value of all field lines named <paramref name="name"/>, or null when there is none.</summary>
    public string? Header(string name)
    {
        string? single = null;
        List<string>? many = null;
        foreach (var (key, value) in Headers)
        {
            if (!key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var trimmed = value.Trim(' ', '\t');
            if (single is null)
            {
                single = trimmed;
            }
            else
            {
                (many ??= [single]).Add(trimmed);
            }
        }

        return many is null ? single : string.Join(", ", many);
    }

    /// <summary>path?query as sent on the request line (cavage (request-target), RFC 9421 @request-target).</summary>
    public string RequestTarget => TargetUri is null ? throw NotARequest() : Path + Query;

    /// <summary>The path exactly as given (System.Uri would unescape %2D and the like, changing what was signed).</summary>
    public string Path { get; } = string.Empty;

    /// <summary>"?query" exactly as given, or empty.</summary>
    public string Query { get; } = string.Empty;

    /// <summary>The target URI exactly as given, without any fragment.</summary>
    public string TargetUriText => TargetUri is null ? throw NotARequest() : StripFragment(TargetUri.OriginalString.Trim());

    /// <summary>A copy with other header lines (used to add signature headers when signing).</summary>
    public HttpMessageParts WithHeaders(IReadOnlyList<KeyValuePair<string, string>> headers) =>
        IsRequest ? new HttpMessageParts(Method!, TargetUri!, headers, Body) : Response(Status!.Value, headers, Body);

    private static (string Path, string Query) SplitTarget(Uri uri)
    {
        var text = StripFragment(uri.OriginalString.Trim());
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return (uri.AbsolutePath, uri.Query);
        }

        var pathStart = text.IndexOfAny(['/', '?'], schemeEnd + 3);
        if (pathStart < 0)
        {
            return ("/", string.Empty);
        }

        var queryStart = text.IndexOf('?', pathStart);
        var path = queryStart < 0 ? text[pathStart..] : text[pathStart..queryStart];
        return (path.Length == 0 ? "/" : path, queryStart < 0 ? string.Empty : text[queryStart..]);
    }

    private static string StripFragment(string text)
    {
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? text : text[..hash];
    }

    private static InvalidOperationException NotARequest() => new("This message is a response; it has no request target.");
}
