using MutualAid.ActivityPub.Keys;

namespace MutualAid.ActivityPub.Signatures.Rfc9421;

/// <summary>The RFC 9421 section 6.2 algorithm names.</summary>
public static class Rfc9421Algorithms
{
    public static string Name(SignatureAlgorithmKind kind) => kind switch
    {
        SignatureAlgorithmKind.RsaPkcs1Sha256 => "rsa-v1_5-sha256",
        SignatureAlgorithmKind.RsaPssSha512 => "rsa-pss-sha512",
        SignatureAlgorithmKind.EcdsaP256Sha256 => "ecdsa-p256-sha256",
        SignatureAlgorithmKind.Ed25519 => "ed25519",
        SignatureAlgorithmKind.HmacSha256 => "hmac-sha256",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No RFC 9421 name for this algorithm."),
    };

    public static bool TryParse(string name, out SignatureAlgorithmKind kind)
    {
        switch (name)
        {
            case "rsa-v1_5-sha256": kind = SignatureAlgorithmKind.RsaPkcs1Sha256; return true;
            case "rsa-pss-sha512": kind = SignatureAlgorithmKind.RsaPssSha512; return true;
            case "ecdsa-p256-sha256": kind = SignatureAlgorithmKind.EcdsaP256Sha256; return true;
            case "ed25519": kind = SignatureAlgorithmKind.Ed25519; return true;
            case "hmac-sha256": kind = SignatureAlgorithmKind.HmacSha256; return true;
            default: kind = default; return false;
        }
    }
}
