using System.Text.Json.Nodes;
using MutualAid.JsonLd.Loading;

namespace MutualAid.Federation.Conversion;

/// <summary>Our JSON-LD context (spec/context.jsonld, embedded) and the @context arrays of what we send.</summary>
public static class MutualAidContext
{
    public const string DocumentIri = "https://w3id.org/mutual-aid/v1";
    public const string ActivityStreams = "https://www.w3.org/ns/activitystreams";
    public const string SecurityV1 = "https://w3id.org/security/v1";
    public const string DataIntegrityV1 = "https://w3id.org/security/data-integrity/v1";
    public const string DidV1 = "https://www.w3.org/ns/did/v1";
    public const string MultikeyV1 = "https://w3id.org/security/multikey/v1";

    public static byte[] Bytes { get; } = Load();

    /// <summary>The context object (the value of the document's <c>@context</c>).</summary>
    public static JsonObject ContextObject => (JsonObject)JsonNode.Parse(Bytes)!["@context"]!.DeepClone();

    /// <summary>Bundled contexts plus ours, never the network; unknown instance contexts read as empty.</summary>
    public static StaticDocumentLoader Loader { get; } = StaticDocumentLoader.Bundled
        .With(DocumentIri, System.Text.Encoding.UTF8.GetString(Bytes))
        .WithUnknownContexts(UnknownContextPolicy.TreatAsEmpty);

    public static JsonArray ForActor() => [ActivityStreams, SecurityV1, DidV1, MultikeyV1, ContextObject];

    /// <summary>Signed activities put data-integrity second so <c>proof</c> expands, ours last (vocabulary 11).</summary>
    public static JsonArray ForSignedActivity() => [ActivityStreams, DataIntegrityV1, ContextObject];

    public static JsonArray ForObject() => [ActivityStreams, ContextObject];

    private static byte[] Load()
    {
        using var stream = typeof(MutualAidContext).Assembly.GetManifestResourceStream("MutualAid.Federation.context.jsonld")
            ?? throw new InvalidOperationException("The embedded context MutualAid.Federation.context.jsonld is missing from the build.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
