namespace MutualAid.ActivityPub.Signatures;

/// <summary>
/// Finds the public key behind a key id (cavage keyId, RFC 9421 keyid, proof verificationMethod).
/// The federation layer implements it: cache first, fetch the key/actor document when absent or when
/// <paramref name="refresh"/> is set (the verifier asks once more with refresh after a failed check on a
/// cached key, which is how key rotation is picked up).
/// </summary>
public interface IPublicKeyResolver
{
    /// <returns>The key and its owner, or null when the key cannot be found.</returns>
    ValueTask<ResolvedPublicKey?> ResolveAsync(string keyId, bool refresh, CancellationToken cancellationToken);
}
