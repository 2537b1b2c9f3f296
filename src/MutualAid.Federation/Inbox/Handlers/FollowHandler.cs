using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Publishing;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>
/// A remote actor follows one of ours. Collectives accept at once, answering with an Accept that carries the
/// Follow inline (Mastodon matches it by id); the instance actor, and collectives that approve followers by
/// hand, keep the follow pending until someone answers it (<see cref="Followers.FollowRequests"/>).
/// </summary>
public sealed class FollowHandler(MutualAidDbContext db, LocalActorDirectory actors, RemoteActorStore remotes, Outbox outbox, TimeProvider time) : IActivityHandler
{
    public string ActivityType => "Follow";

    public IReadOnlyList<string> ObjectTypes => [];

    public async Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ObjectId is not { } target || await actors.FindByIriAsync(target, cancellationToken) is not { } local)
        {
            return;
        }

        var remote = await remotes.GetAsync(context.ActorIri, cancellationToken);
        var follower = await db.Set<Follower>().SingleOrDefaultAsync(f => f.LocalActorIri == local.Iri && f.RemoteActorId == remote.Id, cancellationToken);
        var now = time.GetUtcNow();
        if (follower is null)
        {
            follower = new Follower { LocalActorIri = local.Iri, RemoteActorId = remote.Id, FollowActivityIri = context.Item.ActivityIri, CreatedAt = now };
            db.Set<Follower>().Add(follower);
        }

        // A repeated Follow (the remote lost our Accept) gets a fresh Accept for its new id.
        follower.FollowActivityIri = context.Item.ActivityIri;
        var manual = local.Kind == LocalActorKind.Instance || local.Collective?.ManuallyApprovesFollowers == true;
        follower.State = manual && follower.State != FollowState.Accepted ? FollowState.Pending : FollowState.Accepted;
        if (follower.State == FollowState.Accepted)
        {
            follower.AcceptedAt ??= now;
            var follow = context.Document.DeepClone().AsObject();
            follow.Remove("@context");
            follow.Remove("proof");
            var accept = DomainToAs.DirectActivity(outbox.NewActivityIri(), "Accept", local.Iri, remote.Iri, follow);
            await outbox.AddAsync(local, accept, [remote.InboxUrl], listed: false, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
