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
    public async Task<bool> IsFollowerRequestAsync(HttpContext http, string localActorIri, CancellationToken ct)
    {
        var result = await VerifyAsync(http, ct);
        if (!result.IsValid || result.OwnerId is not { } owner)
        {
            return false;
        }

        return await db.Set<Follower>().AnyAsync(f => f.LocalActorIri == localActorIri && f.State == FollowState.Accepted && f.RemoteActor!.Iri == owner, ct);
    }
}
