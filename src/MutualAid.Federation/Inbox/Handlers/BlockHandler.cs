using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>A remote actor blocks one of ours: its follow goes (so we stop delivering to it) and the block is remembered.</summary>
public sealed class BlockHandler(MutualAidDbContext db, LocalActorDirectory actors, TimeProvider time) : IActivityHandler
{
    public string ActivityType => "Block";

    public IReadOnlyList<string> ObjectTypes => [];

    public async Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ObjectId is not { } target || await actors.FindByIriAsync(target, cancellationToken) is not { } local)
        {
            return;
        }

        // The follow goes only together with the block that explains it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<Follower>().Where(f => f.LocalActorIri == local.Iri && f.RemoteActor!.Iri == context.ActorIri).ExecuteDeleteAsync(cancellationToken);
        if (!await db.Set<RemoteBlock>().AnyAsync(b => b.RemoteActorIri == context.ActorIri && b.LocalActorIri == local.Iri, cancellationToken))
        {
            db.Set<RemoteBlock>().Add(new RemoteBlock
            {
                RemoteActorIri = context.ActorIri,
                LocalActorIri = local.Iri,
                ActivityIri = context.Item.ActivityIri,
                CreatedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
