using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>A remote actor unfollows one of ours: by the Follow's id, or by an embedded Follow naming our actor.</summary>
public sealed class UndoFollowHandler(MutualAidDbContext db) : IActivityHandler
{
    public string ActivityType => "Undo";

    public IReadOnlyList<string> ObjectTypes => ["Follow"];

    public async Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var followId = context.ObjectId;
        var followed = context.Object?.IdOf(Expanded.As + "object");
        var rows = await db.Set<Follower>().Include(f => f.RemoteActor)
            .Where(f => f.RemoteActor!.Iri == context.ActorIri && (f.FollowActivityIri == followId || f.LocalActorIri == followed))
            .ToListAsync(cancellationToken);
        db.Set<Follower>().RemoveRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }
}
