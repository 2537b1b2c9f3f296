using System.Text.Json.Nodes;
using MutualAid.JsonLd.Loading;

namespace MutualAid.JsonLd.Tests.Conformance;

/// <summary>Runs one W3C test case against the processor; maps the suite's URLs to the local files.</summary>
internal static class W3cTestRunner
{
    public static readonly IDocumentLoader Loader = new FileDocumentLoader(
        StaticDocumentLoader.Empty,
        new Dictionary<string, string> { [W3cManifest.BaseIri] = W3cManifest.Directory });

    /// <summary>Why a test is not run, or null when it is in scope.</summary>
    public static string? SkipReason(W3cTestCase test) => test.SpecVersion switch
    {
        "json-ld-1.0" => "specVersion json-ld-1.0: tests behaviour only a JSON-LD 1.0 processor has",
        _ => null,
    };

    public static W3cOutcome Run(W3cTestCase test)
    {
        var inputUrl = W3cManifest.BaseIri + test.Input;
        var options = new JsonLdOptions
        {
            Base = test.Base ?? inputUrl,
            DocumentLoader = Loader,
            ProcessingMode = test.ProcessingMode == "json-ld-1.0" ? JsonLdProcessingMode.Json10 : JsonLdProcessingMode.Json11,
            ExpandContext = test.ExpandContext is null ? null : LoadJson(W3cManifest.BaseIri + test.ExpandContext),
            CompactArrays = test.CompactArrays ?? true,
            CompactToRelative = test.CompactToRelative ?? true,
        };

        try
        {
            var input = LoadJson(inputUrl);
            JsonNode actual = test.Manifest == "expand"
                ? JsonLdProcessor.Expand(input, options)
                : JsonLdProcessor.Compact(input, LoadJson(W3cManifest.BaseIri + test.Context!), options);
            if (test.IsNegative)
            {
                return new W3cOutcome(false, $"expected error '{test.ExpectErrorCode}' but got {Truncate(actual.ToJsonString())}");
            }

            var expected = LoadJson(W3cManifest.BaseIri + test.Expect!);
            return JsonLdComparison.AreEquivalent(expected, actual)
                ? new W3cOutcome(true, "passed")
                : new W3cOutcome(false, $"expected {Truncate(expected?.ToJsonString())} got {Truncate(actual.ToJsonString())}");
        }
        catch (JsonLdException ex)
        {
            if (test.IsNegative && ex.ErrorCode == test.ExpectErrorCode)
            {
                return new W3cOutcome(true, "passed");
            }

            return new W3cOutcome(false, $"JsonLdException '{ex.ErrorCode}': {ex.Message}" + (test.IsNegative ? $" (expected '{test.ExpectErrorCode}')" : string.Empty));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException or InvalidCastException or FormatException or IndexOutOfRangeException or KeyNotFoundException)
        {
            // A crash is a failed test case, reported with its stack so it can be fixed.
            return new W3cOutcome(false, "CRASH " + ex);
        }
    }

    private static JsonNode? LoadJson(string url) =>
        Loader.LoadAsync(new Uri(url), CancellationToken.None).AsTask().GetAwaiter().GetResult().Document?.DeepClone();

    private static string Truncate(string? text) => text is null ? "null" : text.Length > 400 ? text[..400] + "..." : text;
}

internal sealed record W3cOutcome(bool Passed, string Detail);
