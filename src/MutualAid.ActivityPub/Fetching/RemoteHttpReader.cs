using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace MutualAid.ActivityPub.Fetching;

/// <summary>
/// The one GET loop every federation fetch goes through: scheme and address-literal checks on
/// every hop, manual redirects, a wall-clock budget and a body size cap. Callers add their own
/// content checks (ActivityStreams, JRD, NodeInfo).
/// </summary>
internal sealed class RemoteHttpReader
{
    private static readonly HashSet<HttpStatusCode> RedirectStatuses =
    [
        HttpStatusCode.MovedPermanently,
        HttpStatusCode.Found,
        HttpStatusCode.SeeOther,
        HttpStatusCode.TemporaryRedirect,
        HttpStatusCode.PermanentRedirect,
    ];

    private readonly HttpClient _http;
    private readonly FederationFetchOptions _options;
    private readonly TimeProvider _timeProvider;

    public RemoteHttpReader(HttpClient http, FederationFetchOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate();
        _http = http;
        _options = options;
        _timeProvider = timeProvider;
    }

    public FederationFetchOptions Options => _options;

    public async Task<RemoteResponse> GetAsync(
        Uri uri,
        string accept,
        Func<HttpRequestMessage, CancellationToken, ValueTask>? prepareRequest,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        using var budget = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var current = uri;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                CheckTarget(current);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd(accept);
                if (prepareRequest is not null)
                {
                    await prepareRequest(request, linked.Token).ConfigureAwait(false);
                }

                using var response = await SendAsync(request, current, linked.Token).ConfigureAwait(false);
                if (RedirectStatuses.Contains(response.StatusCode))
                {
                    if (redirects >= _options.MaxRedirects)
                    {
                        throw new RemoteFetchException(
                            RemoteFetchFailure.TooManyRedirects,
                            current,
                            $"Gave up on {uri} after {_options.MaxRedirects} redirect(s); {current} redirects again.");
                    }

                    current = RedirectTarget(response, current);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new RemoteFetchException(
                        RemoteFetchFailure.HttpStatus,
                        current,
                        $"{current} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.",
                        response.StatusCode);
                }

                var body = await ReadCappedAsync(response, current, linked.Token).ConfigureAwait(false);
                return new RemoteResponse(current, response.Content.Headers.ContentType, body);
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Either our budget ran out or HttpClient.Timeout fired: both mean the remote was too slow.
            throw new RemoteFetchException(
                RemoteFetchFailure.Timeout,
                current,
                $"Fetching {current} took longer than {_options.Timeout.TotalSeconds:0.###} s.",
                innerException: ex);
        }
    }

    private void CheckTarget(Uri target)
    {
        if (!target.IsAbsoluteUri)
        {
            throw new RemoteFetchException(RemoteFetchFailure.UnsupportedScheme, target, $"{target} is not an absolute URL.");
        }

        var secure = target.Scheme == Uri.UriSchemeHttps;
        var plainAllowed = target.Scheme == Uri.UriSchemeHttp && _options.AllowHttp;
        if (!secure && !plainAllowed)
        {
            throw new RemoteFetchException(
                RemoteFetchFailure.UnsupportedScheme,
                target,
                $"Refusing {target}: only https is fetched{(target.Scheme == Uri.UriSchemeHttp ? " (AllowHttp is off)" : string.Empty)}.");
        }

        // Literal addresses are refused before any I/O; names are checked after resolution by GuardedConnector.
        if (!_options.AllowPrivateNetworks
            && target.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(target.IdnHost, out var literal)
            && !IPAddressClassifier.IsPublic(literal))
        {
            throw new RemoteFetchException(
                RemoteFetchFailure.BlockedAddress,
                target,
                $"Refusing {target}: {literal} is a {IPAddressClassifier.Classify(literal)} address.");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Uri current, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw Translate(ex, current);
        }
    }

    private static RemoteFetchException Translate(Exception ex, Uri current)
    {
        // SocketsHttpHandler wraps whatever the ConnectCallback throws; surface our own verdict.
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is RemoteFetchException policy)
            {
                return new RemoteFetchException(policy.Reason, current, policy.Message, policy.StatusCode, ex);
            }
        }

        return new RemoteFetchException(
            RemoteFetchFailure.ConnectionFailed,
            current,
            $"Could not fetch {current}: {ex.Message}",
            innerException: ex);
    }

    private static Uri RedirectTarget(HttpResponseMessage response, Uri current)
    {
        var location = response.Headers.Location
            ?? throw new RemoteFetchException(
                RemoteFetchFailure.HttpStatus,
                current,
                $"{current} answered HTTP {(int)response.StatusCode} without a Location header.",
                response.StatusCode);
        return location.IsAbsoluteUri ? location : new Uri(current, location);
    }

    private async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, Uri current, CancellationToken cancellationToken)
    {
        var max = _options.MaxBytes;
        var declared = response.Content.Headers.ContentLength;
        if (declared > max)
        {
            throw TooLarge($"{current} declares {declared} bytes, over the {max}-byte limit.");
        }

        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream(declared is > 0 ? (int)declared.Value : 16 * 1024);
            var chunk = new byte[16 * 1024];
            while (true)
            {
                var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.ToArray();
                }

                // The declared length may lie (or be absent, or the body compressed): count what arrives.
                if (buffer.Length + read > max)
                {
                    throw TooLarge($"{current} sent more than the {max}-byte limit.");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or SocketException)
        {
            throw Translate(new HttpRequestException(ex.Message, ex), current);
        }

        RemoteFetchException TooLarge(string message) => new(RemoteFetchFailure.TooLarge, current, message);
    }
}
