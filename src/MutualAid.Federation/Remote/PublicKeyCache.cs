using System.Collections.Concurrent;
using MutualAid.ActivityPub.Keys;

namespace MutualAid.Federation.Remote;

/// <summary>
/// Parsed public keys by their PEM text. Parsing an RSA key for every signed request, and leaving the native key to
/// the finalizer, cost the inbox more CPU than verifying the signature. Keyed by content, an entry can never be
/// stale: a rotated key has a different PEM. Verification only reads a key, which is safe from many threads at once
/// (OpenSSL and libsodium keys are immutable once imported).
/// </summary>
public sealed class PublicKeyCache
{
    // Far more keys than a busy instance talks to at once; past it, start over rather than track recency.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(KeyType Type, string Pem), PublicKeyMaterial> _keys = new();

    public PublicKeyMaterial Get(KeyType type, string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        if (_keys.TryGetValue((type, pem), out var cached))
        {
            return cached;
        }

        if (_keys.Count >= MaxEntries)
        {
            _keys.Clear();
        }

        return _keys.GetOrAdd((type, pem), key => PublicKeyMaterial.FromPem(key.Type, key.Pem));
    }
}
