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
public sealed class RemoteKeyResolver(MutualAidDbContext db, RemoteActorStore actors, DomainPolicy policy, IOptions<FederationOptions> options, TimeProvider time) : IPublicKeyResolver
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
        var key = await db.ActorKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyId == keyId && k.OwnerKind == ActorKeyOwner.RemoteActor, cancellationToken);
        if (key is null)
        {
            return null;
        }

        var owner = await db.Set<RemoteActor>().AsNoTracking().Where(a => a.Id == key.OwnerId).Select(a => a.Iri).SingleAsync(cancellationToken);
        var material = PublicKeyMaterial.FromPem(key.Type == ActorKeyType.Rsa ? KeyType.Rsa : KeyType.Ed25519, key.PublicKeyPem);
        return new ResolvedPublicKey(keyId, owner, material);
    }
}
