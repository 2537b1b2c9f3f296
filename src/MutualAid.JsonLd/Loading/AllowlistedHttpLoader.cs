using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Loading;

/// <summary>
/// Fetches contexts whose URL starts with an allowlisted prefix, once: the result (or the failure's
/// task, until it is retried) is cached for the loader's lifetime. Anything else fails with
/// "loading remote context failed". Meant as the fallback of <see cref="StaticDocumentLoader"/>.
/// </summary>
public sealed class AllowlistedHttpLoader : IDocumentLoader
{
    private readonly HttpClient _http;
    private readonly RemoteContextOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Lazy<Task<RemoteDocument>>> _cache = new(StringComparer.Ordinal);

    public AllowlistedHttpLoader(HttpClient http, RemoteContextOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
    }

    public ValueTask<RemoteDocument> LoadAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var key = url.OriginalString;
        if (!IsAllowed(key))
        {
            return ValueTask.FromException<RemoteDocument>(Failure(key, "the URL is not in the remote context allowlist"));
        }

        var entry = _cache.GetOrAdd(key, k => new Lazy<Task<RemoteDocument>>(() => FetchAsync(url, k)));
        var task = entry.Value;
        if (task.IsCompletedSuccessfully)
        {
            return ValueTask.FromResult(task.Result);
        }

        return new ValueTask<RemoteDocument>(AwaitAsync(key, entry, task, ct));
    }

    private async Task<RemoteDocument> AwaitAsync(string key, Lazy<Task<RemoteDocument>> entry, Task<RemoteDocument> task, CancellationToken ct)
    {
        try
        {
            return await task.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (JsonLdException)
        {
            // A failed fetch is not cached for good: the next document may retry it.
            _cache.TryRemove(new KeyValuePair<string, Lazy<Task<RemoteDocument>>>(key, entry));
            throw;
        }
    }

    private bool IsAllowed(string url)
    {
        foreach (var prefix in _options.AllowedPrefixes)
        {
            if (url.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The fetch is not tied to the first caller's token: it is shared by every caller of the cache entry.
    private async Task<RemoteDocument> FetchAsync(Uri url, string key)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw Failure(key, $"HTTP {(int)response.StatusCode}");
            }

            if (response.Content.Headers.ContentLength > _options.MaxBytes)
            {
                throw Failure(key, $"the response is larger than {_options.MaxBytes} bytes");
            }

            var body = await ReadCappedAsync(response.Content, key, timeout.Token).ConfigureAwait(false);
            var node = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = JsonLdOptions.DefaultMaxDepth });
            var finalUrl = response.RequestMessage?.RequestUri ?? url;
            return new RemoteDocument(finalUrl, node, response.Content.Headers.ContentType?.MediaType);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested)
        {
            throw Failure(key, $"no complete response within {_options.Timeout.TotalSeconds:0.#} s", ex);
        }
        catch (HttpRequestException ex)
        {
            throw Failure(key, ex.Message, ex);
        }
        catch (JsonException ex)
        {
            throw Failure(key, "the response is not JSON: " + ex.Message, ex);
        }
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, string key, CancellationToken ct)
    {
        var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                {
                    throw Failure(key, $"the response is larger than {_options.MaxBytes} bytes");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static JsonLdException Failure(string url, string reason, Exception? inner = null) =>
        new(JsonLdErrorCode.LoadingRemoteContextFailed, $"{JsonLdErrorCode.LoadingRemoteContextFailed}: {url}: {reason}", inner);
}
