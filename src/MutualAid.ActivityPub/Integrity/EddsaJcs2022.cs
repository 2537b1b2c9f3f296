using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace MutualAid.ActivityPub.Integrity;

/// <summary>
/// The eddsa-jcs-2022 cryptosuite's hashing step (W3C vc-di-eddsa): SHA-256 of the JCS proof
/// configuration followed by SHA-256 of the JCS document without its proof, 64 bytes in all.
/// </summary>
public static class EddsaJcs2022
{
    public const string Cryptosuite = "eddsa-jcs-2022";
    public const string ProofType = "DataIntegrityProof";

    public static byte[] HashData(JsonObject proofConfig, JsonObject unsecuredDocument)
    {
        var hash = new byte[64];
        SHA256.HashData(JsonCanonicalizer.CanonicalizeToUtf8(proofConfig), hash.AsSpan(0, 32));
        SHA256.HashData(JsonCanonicalizer.CanonicalizeToUtf8(unsecuredDocument), hash.AsSpan(32));
        return hash;
    }
}
