using MutualAid.ActivityPub.Keys;

namespace MutualAid.ActivityPub.Signatures.Cavage;

/// <summary>The cryptographic check of a cavage signature with a known key (policy lives in <see cref="HttpSignatureVerifier"/>).</summary>
public static class CavageVerifier
{
    /// <summary>
    /// The algorithm follows the key's actual type for hs2019 (as the draft says); rsa-sha256 demands an
    /// RSA key and ed25519 an Ed25519 key.
    /// </summary>
    /// <exception cref="SignatureRejectedException">The algorithm is unknown or does not fit the key.</exception>
    public static SignatureAlgorithmKind ChooseAlgorithm(CavageSignature signature, PublicKeyMaterial key)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(key);
        // The parser hands known names back as these constants, so the common case compares without lower-casing.
        var algorithm = signature.Algorithm is null or "hs2019" or "rsa-sha256" or "ed25519" ? signature.Algorithm : signature.Algorithm.ToLowerInvariant();
        var (kind, fits) = algorithm switch
        {
            null or "hs2019" => (key.DefaultAlgorithm, key.Type is KeyType.Rsa or KeyType.Ed25519 or KeyType.EcdsaP256),
            "rsa-sha256" => (SignatureAlgorithmKind.RsaPkcs1Sha256, key.Type == KeyType.Rsa),
            "ed25519" => (SignatureAlgorithmKind.Ed25519, key.Type == KeyType.Ed25519),
            _ => throw new SignatureRejectedException(SignatureFailure.UnknownAlgorithm, $"Cavage algorithm '{signature.Algorithm}' is not supported (rsa-sha256, hs2019, ed25519 are)."),
        };
        return fits ? kind : throw new SignatureRejectedException(SignatureFailure.UnknownAlgorithm, $"Algorithm '{signature.Algorithm}' does not fit the {key.Type} key {signature.KeyId}.");
    }

    public static bool Verify(HttpMessageParts message, CavageSignature signature, PublicKeyMaterial key, string? requestTarget = null)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(key);
        var algorithm = ChooseAlgorithm(signature, key);
        var signingString = SignatureBaseBuffer.Rent();
        try
        {
            CavageSigningString.Write(signingString, message, signature.Headers, signature.Created, signature.Expires, requestTarget);
            return SignatureBaseBuffer.Verify(signingString, key, algorithm, signature.Value);
        }
        finally
        {
            SignatureBaseBuffer.Return(signingString);
        }
    }
}
