namespace MutualAid.ActivityPub.Keys;

/// <summary>The signature primitives HTTP signatures and object proofs use.</summary>
public enum SignatureAlgorithmKind
{
    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256 (cavage rsa-sha256, RFC 9421 rsa-v1_5-sha256).</summary>
    RsaPkcs1Sha256,
    /// <summary>RSASSA-PSS with SHA-512, MGF1-SHA-512, 64-byte salt (RFC 9421 rsa-pss-sha512).</summary>
    RsaPssSha512,
    /// <summary>ECDSA P-256 SHA-256 with raw r||s signatures (RFC 9421 ecdsa-p256-sha256).</summary>
    EcdsaP256Sha256,
    Ed25519,
    HmacSha256,
}
