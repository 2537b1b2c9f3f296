using Microsoft.EntityFrameworkCore;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.Core.Data;
using MutualAid.Core.Keys;
using MutualAid.Testing;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// The sending instance's public keys, read from its database (what the receiving inboxes would have fetched and
/// cached). A local actor's keys are made on first use, so an unknown key id reloads them once.
/// </summary>
internal sealed class SenderKeys(MutualAidAppFactory sender) : IPublicKeyResolver
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Dictionary<string, ResolvedPublicKey> _keys = new(StringComparer.Ordinal);

    public async ValueTask<ResolvedPublicKey?> ResolveAsync(string keyId, bool refresh, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (!_keys.ContainsKey(keyId))
            {
                _keys = await sender.InDatabaseAsync(LoadAsync);
            }
        }
        finally
        {
            _loading.Release();
        }

        return _keys.GetValueOrDefault(keyId);
    }

    private static async Task<Dictionary<string, ResolvedPublicKey>> LoadAsync(MutualAidDbContext db)
    {
        var rows = await db.ActorKeys.AsNoTracking().Where(k => k.OwnerKind != ActorKeyOwner.RemoteActor && k.RetiredAt == null).ToListAsync();
        return rows.ToDictionary(k => k.KeyId, k => new ResolvedPublicKey(
            k.KeyId, k.KeyId.Split('#')[0], PublicKeyMaterial.FromPem(k.Type == ActorKeyType.Rsa ? KeyType.Rsa : KeyType.Ed25519, k.PublicKeyPem)), StringComparer.Ordinal);
    }
}
