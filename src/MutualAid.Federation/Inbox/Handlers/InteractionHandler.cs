using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>Like and Announce of one of our listings are counted; of anything else, ignored (we keep no timeline).</summary>
public abstract class InteractionHandler(MutualAidDbContext db, FederationUris uris, TimeProvider time) : IActivityHandler
{
    public abstract string ActivityType { get; }

    public IReadOnlyList<string> ObjectTypes => [];

    protected abstract InteractionKind Kind { get; }

    protected MutualAidDbContext Db => db;

    protected FederationUris Uris => uris;

    protected TimeProvider Time => time;

    public virtual async Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ObjectId is not { } objectIri || uris.ListingIdOf(objectIri) is null)
        {
            return;
        }

        await RecordAsync(context, objectIri, cancellationToken);
    }

    /// <summary>Stores the interaction once per activity id (redeliveries and retries add nothing).</summary>
    protected async Task RecordAsync(InboxContext context, string objectIri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await db.Set<Interaction>().AnyAsync(i => i.ActivityIri == context.Item.ActivityIri, cancellationToken))
        {
            return;
        }

        db.Set<Interaction>().Add(new Interaction
        {
            Kind = Kind,
            ActivityIri = context.Item.ActivityIri,
            ActorIri = context.ActorIri,
            ObjectIri = objectIri,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
