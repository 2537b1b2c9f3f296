using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.WebFinger;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Policy;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// One of our actors (by default the instance actor) follows a remote collective by handle or actor URL.
/// The Follow is queued in the database, so a running server's delivery worker sends it even when the
/// command line queued it.
/// </summary>
public sealed class FollowRemoteActor(
    MutualAidDbContext db,
    LocalActorDirectory actors,
    RemoteActorStore remotes,
    DomainPolicy policy,
    Outbox outbox,
    IHttpClientFactory clients,
    IOptions<FederationOptions> options,
    TimeProvider time)
{
    public async Task<Following> ExecuteAsync(string handleOrUrl, LocalActor? follower, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handleOrUrl);
        follower ??= actors.Instance;
        string actorIri;
        if (Uri.TryCreate(handleOrUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
        {
            actorIri = url.AbsoluteUri;
        }
        else
        {
            var webFinger = new WebFingerClient(clients.CreateClient(FederationHttp.ClientName), FederationHttp.FetchOptions(options.Value), time);
            actorIri = (await webFinger.ResolveAsync(handleOrUrl, cancellationToken)).ActorId.AbsoluteUri;
        }

        if (!await policy.AllowsAsync(actorIri, cancellationToken))
        {
            throw new FederationRefusedException($"This instance does not federate with {DomainPolicy.HostOf(actorIri)}.");
        }

        var remote = await remotes.GetAsync(actorIri, cancellationToken);
        var following = await db.Set<Following>().SingleOrDefaultAsync(f => f.LocalActorIri == follower.Iri && f.RemoteActorIri == remote.Iri, cancellationToken);
        if (following is null)
        {
            following = new Following { LocalActorIri = follower.Iri, RemoteActorIri = remote.Iri, FollowActivityIri = "", CreatedAt = time.GetUtcNow() };
            db.Set<Following>().Add(following);
        }

        following.State = FollowState.Pending;
        following.FollowActivityIri = outbox.NewActivityIri();
        var follow = DomainToAs.DirectActivity(following.FollowActivityIri, "Follow", follower.Iri, remote.Iri, remote.Iri);
        await outbox.AddAsync(follower, follow, [remote.InboxUrl], listed: false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return following;
    }
}
