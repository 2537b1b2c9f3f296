using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>Undo of a Like or Announce removes that interaction (only the actor who made it can undo it).</summary>
public sealed class UndoInteractionHandler(MutualAidDbContext db) : IActivityHandler
{
    public string ActivityType => "Undo";

    public IReadOnlyList<string> ObjectTypes => ["Like", "Announce", ""];

    public async Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ObjectId is not { } undone)
        {
            return;
        }

        await db.Set<Interaction>().Where(i => i.ActivityIri == undone && i.ActorIri == context.ActorIri).ExecuteDeleteAsync(cancellationToken);
        // An Undo naming only an id may also be an unfollow.
        await db.Set<Follower>().Where(f => f.FollowActivityIri == undone && f.RemoteActor!.Iri == context.ActorIri).ExecuteDeleteAsync(cancellationToken);
    }
}
