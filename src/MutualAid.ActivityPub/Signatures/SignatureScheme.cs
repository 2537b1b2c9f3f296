namespace MutualAid.ActivityPub.Signatures;

/// <summary>The two HTTP signature formats in the fediverse.</summary>
public enum SignatureScheme
{
    /// <summary>draft-cavage-http-signatures-12 (Signature / Authorization: Signature), what Mastodon sends.</summary>
    Cavage,
    /// <summary>RFC 9421 HTTP Message Signatures (Signature-Input + Signature).</summary>
    Rfc9421,
}
