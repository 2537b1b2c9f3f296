using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.JsonLd.Loading;

namespace MutualAid.JsonLd.Tool;

/// <summary>
/// The `jsonld` command line: expand or compact a document. Exit codes: 0 success, 1 JSON-LD error
/// (the spec's error code on stderr), 2 wrong arguments (usage on stderr). Contexts load from the
/// bundled set and from files next to the input (file: URLs), never from the network.
/// </summary>
public static class JsonLdCommandLine
{
    public const string Usage = """
        usage:
          jsonld expand <file|-> [--base <iri>] [--expand-context <file>] [--processing-mode json-ld-1.0|json-ld-1.1]
          jsonld compact <file|-> --context <file> [--base <iri>]
        Relative context references resolve against the base IRI (default: the input file's file: URI).
        """;

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        // The output is for people and tools, not HTML: keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parsed = CommandLineArguments.Parse(args);
        if (parsed.Error is not null)
        {
            await stderr.WriteLineAsync($"jsonld: {parsed.Error}").ConfigureAwait(false);
            await stderr.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        try
        {
            var input = await ReadInputAsync(parsed.Input!, stdin, ct).ConfigureAwait(false);
            var baseIri = parsed.Base ?? (parsed.Input == "-" ? null : new Uri(Path.GetFullPath(parsed.Input!)).AbsoluteUri);
            var options = new JsonLdOptions
            {
                Base = baseIri,
                DocumentLoader = new FileDocumentLoader(StaticDocumentLoader.Bundled),
                ProcessingMode = parsed.ProcessingMode,
                ExpandContext = parsed.ExpandContext is null ? null : await ReadFileAsync(parsed.ExpandContext, ct).ConfigureAwait(false),
            };
            JsonNode result = parsed.Command == "expand"
                ? await JsonLdProcessor.ExpandAsync(input, options, ct).ConfigureAwait(false)
                : await JsonLdProcessor.CompactAsync(input, await ReadFileAsync(parsed.Context!, ct).ConfigureAwait(false), options, ct).ConfigureAwait(false);
            await stdout.WriteLineAsync(result.ToJsonString(Output)).ConfigureAwait(false);
            return 0;
        }
        catch (JsonLdException ex)
        {
            var message = ex.Message.StartsWith(ex.ErrorCode, StringComparison.Ordinal) ? ex.Message : $"{ex.ErrorCode}: {ex.Message}";
            await stderr.WriteLineAsync($"jsonld: {message}").ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<JsonNode?> ReadInputAsync(string input, TextReader stdin, CancellationToken ct)
    {
        if (input != "-")
        {
            return await ReadFileAsync(input, ct).ConfigureAwait(false);
        }

        return Parse(await stdin.ReadToEndAsync(ct).ConfigureAwait(false), "standard input");
    }

    private static async Task<JsonNode?> ReadFileAsync(string path, CancellationToken ct)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, $"{JsonLdErrorCode.LoadingDocumentFailed}: {path}: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    private static JsonNode? Parse(string text, string source)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = JsonLdOptions.DefaultMaxDepth });
        }
        catch (JsonException ex)
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, $"{JsonLdErrorCode.LoadingDocumentFailed}: {source} is not JSON: {ex.Message}", ex);
        }
    }
}
