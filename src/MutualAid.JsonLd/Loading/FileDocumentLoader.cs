using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Loading;

/// <summary>
/// Loads file: URLs, and URLs under mapped prefixes, from the local file system; everything else
/// goes to the fallback. Used by the command-line tool and the conformance tests.
/// </summary>
public sealed class FileDocumentLoader : IDocumentLoader
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _prefixToDirectory;
    private readonly IDocumentLoader _fallback;

    public FileDocumentLoader(IDocumentLoader fallback, IReadOnlyDictionary<string, string>? prefixToDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        _fallback = fallback;
        _prefixToDirectory = prefixToDirectory?.OrderByDescending(p => p.Key.Length).ToList() ?? [];
    }

    public ValueTask<RemoteDocument> LoadAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = LocalPathOf(url);
        if (path is null)
        {
            return _fallback.LoadAsync(url, ct);
        }

        try
        {
            var text = File.ReadAllText(path);
            var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = JsonLdOptions.DefaultMaxDepth });
            return ValueTask.FromResult(new RemoteDocument(url, node));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return ValueTask.FromException<RemoteDocument>(new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed,
                $"{JsonLdErrorCode.LoadingDocumentFailed}: {url.OriginalString}: {ex.Message}", ex));
        }
    }

    private string? LocalPathOf(Uri url)
    {
        var text = url.OriginalString;
        foreach (var (prefix, directory) in _prefixToDirectory)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = text[prefix.Length..];
                var cut = rest.IndexOfAny(['?', '#']);
                if (cut >= 0)
                {
                    rest = rest[..cut];
                }

                return Path.Combine(directory, rest.Replace('/', Path.DirectorySeparatorChar));
            }
        }

        return url.IsFile ? url.LocalPath : null;
    }
}
