using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Keys;
using MutualAid.Federation.Policy;

namespace MutualAid.Federation.Remote;

/// <summary>
/// Resolves the key of an incoming signature or proof: from the database cache first, else (or when the
/// verifier asks for a refresh after a failure, at most once per <see cref="FederationOptions.KeyRefetchInterval"/>
/// per actor) by fetching the actor the key id names.
/// </summary>
public sealed class RemoteKeyResolver(MutualAidDbContext db, RemoteActorStore actors, DomainPolicy policy, PublicKeyCache parsed, IOptions<FederationOptions> options, TimeProvider time) : IPublicKeyResolver
{
    public async ValueTask<ResolvedPublicKey?> ResolveAsync(string keyId, bool refresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        if (!await policy.AllowsAsync(keyId, cancellationToken))
        {
            // Nothing from a blocked server is fetched or trusted, not even its keys.
            return null;
        }

        var cached = await FindAsync(keyId, cancellationToken);
        if (cached is not null && !refresh)
        {
            return cached with { FromCache = true };
        }

        var actorIri = keyId.Split('#')[0];
        var known = await actors.FindAsync(actorIri, cancellationToken);
        if (known is not null && refresh && time.GetUtcNow() - known.FetchedAt < options.Value.KeyRefetchInterval)
        {
            return null;
        }

        try
        {
            await actors.FetchAsync(actorIri, cancellationToken);
        }
        catch (RemoteFetchException)
        {
            // Unreachable or not an actor: the signature cannot be checked, which the verifier reports as KeyNotFound.
            return null;
        }

        return await FindAsync(keyId, cancellationToken);
    }

    private async Task<ResolvedPublicKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var key = await FindKey(db, keyId, cancellationToken);
        if (key is null)
        {
            return null;
        }

        var material = parsed.Get(key.Type == ActorKeyType.Rsa ? KeyType.Rsa : KeyType.Ed25519, key.PublicKeyPem);
        return new ResolvedPublicKey(keyId, key.OwnerIri, material);
    }

    // Every signed request resolves a key: one compiled query for the key and its owner. A key whose owner row is
    // gone counts as unknown (and is fetched again), never as owned by nobody.
    private static readonly Func<MutualAidDbContext, string, CancellationToken, Task<CachedKey?>> FindKey =
        EF.CompileAsyncQuery((MutualAidDbContext db, string keyId, CancellationToken _) =>
            db.ActorKeys.Where(k => k.KeyId == keyId && k.OwnerKind == ActorKeyOwner.RemoteActor)
                .Join(db.Set<RemoteActor>(), k => k.OwnerId, a => a.Id, (k, a) => new CachedKey(k.Type, k.PublicKeyPem, a.Iri))
                .SingleOrDefault());

    private sealed record CachedKey(ActorKeyType Type, string PublicKeyPem, string OwnerIri);
}
