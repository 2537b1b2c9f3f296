using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MutualAid.JsonLd.Loading;

/// <summary>
/// The context documents the fediverse references, embedded in this assembly (see Contexts/PROVENANCE.md),
/// keyed by every URL spelling they are referenced by.
/// </summary>
public static partial class BundledContexts
{
    public const string ActivityStreams = "https://www.w3.org/ns/activitystreams";
    public const string SecurityV1 = "https://w3id.org/security/v1";
    public const string DataIntegrityV1 = "https://w3id.org/security/data-integrity/v1";
    public const string MultikeyV1 = "https://w3id.org/security/multikey/v1";
    public const string IdentityV1 = "https://w3id.org/identity/v1";
    public const string DidV1 = "https://www.w3.org/ns/did/v1";
    public const string SchemaOrg = "http://schema.org/";
    public const string GoToSocial = "https://gotosocial.org/ns";
    public const string WebFinger = "https://purl.archive.org/socialweb/webfinger";

    /// <summary>Our own vocabulary (spec/context.jsonld). Outgoing documents inline it; bundling it lets peers
    /// that reference it by URL be read without a fetch.</summary>
    public const string MutualAid = "https://w3id.org/mutual-aid/v1";

    /// <summary>Resource file name for the Pleroma/Akkoma LitePub context served per instance.</summary>
    internal const string LitePubResource = "pleroma_litepub-0.1.jsonld";

    /// <summary>URL (as referenced) to embedded resource file name.</summary>
    internal static readonly FrozenDictionary<string, string> ResourceByUrl = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ActivityStreams] = "www.w3.org_ns_activitystreams.jsonld",
        ["http://www.w3.org/ns/activitystreams"] = "www.w3.org_ns_activitystreams.jsonld",
        ["https://www.w3.org/ns/activitystreams.jsonld"] = "www.w3.org_ns_activitystreams.jsonld",
        [SecurityV1] = "w3id.org_security_v1.jsonld",
        ["http://w3id.org/security/v1"] = "w3id.org_security_v1.jsonld",
        [DataIntegrityV1] = "w3id.org_security_data-integrity_v1.jsonld",
        [MultikeyV1] = "w3id.org_security_multikey_v1.jsonld",
        [IdentityV1] = "w3id.org_identity_v1.jsonld",
        [DidV1] = "www.w3.org_ns_did_v1.jsonld",
        [SchemaOrg] = "schema.org.jsonld",
        ["http://schema.org"] = "schema.org.jsonld",
        ["https://schema.org/"] = "schema.org.jsonld",
        ["https://schema.org"] = "schema.org.jsonld",
        [GoToSocial] = "gotosocial.org_ns.jsonld",
        [WebFinger] = "purl.archive.org_socialweb_webfinger.jsonld",
        [MutualAid] = "w3id.org_mutual-aid_v1.jsonld",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Pleroma and Akkoma serve the same LitePub context from every instance at this path.</summary>
    internal static bool IsInstanceLitePubUrl(string url) => LitePubUrl().IsMatch(url);

    internal static string ReadResource(string fileName)
    {
        var name = "MutualAid.JsonLd.Contexts." + fileName;
        using var stream = typeof(BundledContexts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded context resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^https?://[^/?#]+/schemas/litepub-0\.1\.jsonld$", RegexOptions.CultureInvariant)]
    private static partial Regex LitePubUrl();
}
