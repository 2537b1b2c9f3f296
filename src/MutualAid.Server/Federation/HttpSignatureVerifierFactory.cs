using Microsoft.EntityFrameworkCore;
using MutualAid.ActivityPub.Signatures;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Server.Federation;

/// <summary>Checks signed GETs (followers-only objects, authorized fetch) with the same resolver as the inbox.</summary>
internal sealed class HttpSignatureVerifierFactory(IPublicKeyResolver keys, MutualAidDbContext db, TimeProvider time)
{
    public async Task<SignatureVerificationResult> VerifyAsync(HttpContext http, CancellationToken ct)
    {
        var parts = await InboxEndpoints.ReadAsync(http.Request, ct);
        return await new HttpSignatureVerifier(keys, time).VerifyAsync(parts, ct);
    }

    /// <summary>True when the request is signed by an accepted follower of <paramref name="localActorIri"/>.</summary>
    public Task<bool> IsFollowerRequestAsync(HttpContext http, string localActorIri, CancellationToken ct) =>
        IsFollowerRequestAsync(http, [localActorIri], ct);

    /// <summary>Signed by an accepted follower of any of <paramref name="localActorIris"/> (a collective and its listing's own actor).</summary>
    public async Task<bool> IsFollowerRequestAsync(HttpContext http, IReadOnlyCollection<string> localActorIris, CancellationToken ct)
    {
        var result = await VerifyAsync(http, ct);
        if (!result.IsValid || result.OwnerId is not { } owner)
        {
            return false;
        }

        return await db.Set<Follower>().AnyAsync(f => localActorIris.Contains(f.LocalActorIri) && f.State == FollowState.Accepted && f.RemoteActor!.Iri == owner, ct);
    }
}
