namespace MutualAid.ActivityPub.Digests;

/// <summary>What comparing a body with its digest header found.</summary>
public enum DigestCheck
{
    Match,
    /// <summary>No digest header, or none with an algorithm we know (sha-256, sha-512).</summary>
    Missing,
    Mismatch,
}
