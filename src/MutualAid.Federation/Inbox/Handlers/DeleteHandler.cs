using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>
/// Delete of an actor (the object is the actor itself): its follows, and listings go, the row stays marked
/// deleted; listings that a deleted listing actor announced lose their follow link. Delete of anything else:
/// the remote listing goes and a tombstone remembers its id.
/// </summary>
public sealed class DeleteHandler(MutualAidDbContext db, RemoteListings listings, ListingActorLinks listingActors, TimeProvider time) : IActivityHandler
{
    public string ActivityType => "Delete";

    public IReadOnlyList<string> ObjectTypes => [];

    public async Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ObjectId is not { } objectIri)
        {
            return;
        }

        if (objectIri != context.ActorIri)
        {
            await listings.DeleteAsync(objectIri, context.ActorIri, cancellationToken);
            return;
        }

        var actor = await db.Set<RemoteActor>().SingleOrDefaultAsync(a => a.Iri == objectIri, cancellationToken);
        if (actor is null)
        {
            return;
        }

        // One transaction: a reader (or a crash) must never see the follows gone while the actor still looks alive.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        actor.DeletedAt = time.GetUtcNow();
        await db.Set<Follower>().Where(f => f.RemoteActorId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Following>().Where(f => f.RemoteActorIri == actor.Iri).ExecuteDeleteAsync(cancellationToken);
        await db.Listings.Where(l => l.CollectiveId == null && l.Origin.ActorIri == actor.Iri).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // A deleted listing actor (following turned off): its listing stays, without a way to follow it.
        await listingActors.ClearAsync(actor.Iri, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
