using MutualAid.ActivityPub.Keys;

namespace MutualAid.ActivityPub.Signatures.Rfc9421;

/// <summary>
/// The cryptographic check of one RFC 9421 signature with a known key; no policy (time, required
/// components, digests): <see cref="HttpSignatureVerifier"/> adds that.
/// </summary>
public static class Rfc9421Verifier
{
    /// <summary>The algorithm to check with: alg= when present (it must fit the key), else the key's own.</summary>
    /// <exception cref="SignatureRejectedException">alg names an unknown algorithm or one the key cannot do.</exception>
    public static SignatureAlgorithmKind ChooseAlgorithm(Rfc9421Signature signature, PublicKeyMaterial key)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(key);
        if (signature.Algorithm is null)
        {
            return key.DefaultAlgorithm;
        }

        if (!Rfc9421Algorithms.TryParse(signature.Algorithm, out var algorithm))
        {
            throw new SignatureRejectedException(SignatureFailure.UnknownAlgorithm, $"RFC 9421 algorithm '{signature.Algorithm}' is not supported.");
        }

        return key.Supports(algorithm)
            ? algorithm
            : throw new SignatureRejectedException(SignatureFailure.UnknownAlgorithm, $"alg '{signature.Algorithm}' does not fit the {key.Type} key {signature.KeyId}.");
    }

    /// <returns>Whether the signature matches; components missing from the message throw.</returns>
    public static bool Verify(HttpMessageParts message, Rfc9421Signature signature, PublicKeyMaterial key, SignatureAlgorithmKind? algorithm = null)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(key);
        var chosen = algorithm ?? ChooseAlgorithm(signature, key);
        var signatureBase = SignatureBaseBuffer.Rent();
        try
        {
            Rfc9421SignatureBase.Write(signatureBase, message, signature.Input);
            return SignatureBaseBuffer.Verify(signatureBase, key, chosen, signature.Value);
        }
        finally
        {
            SignatureBaseBuffer.Return(signatureBase);
        }
    }
}
