using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>Shared by Accept and Reject: the answer to one of our Follows, found by its id or by (our actor, the answering actor).</summary>
public abstract class FollowAnswerHandler(MutualAidDbContext db, TimeProvider time) : IActivityHandler
{
    public abstract string ActivityType { get; }

    public IReadOnlyList<string> ObjectTypes => [];

    protected abstract FollowState Answer { get; }

    public async Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var followId = context.ObjectId;
        var follower = context.Object?.IdOf(Expanded.As + "actor");
        var following = await db.Set<Following>()
            .Where(f => f.RemoteActorIri == context.ActorIri && (f.FollowActivityIri == followId || f.LocalActorIri == follower))
            .FirstOrDefaultAsync(cancellationToken);
        if (following is null)
        {
            return;
        }

        following.State = Answer;
        following.AnsweredAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await AnsweredAsync(following, cancellationToken);
    }

    /// <summary>What else follows from the answer, once it is stored.</summary>
    protected virtual Task AnsweredAsync(Following following, CancellationToken cancellationToken) => Task.CompletedTask;
}
