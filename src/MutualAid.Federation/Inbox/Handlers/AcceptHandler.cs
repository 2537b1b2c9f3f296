using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Publishing;

namespace MutualAid.Federation.Inbox.Handlers;

public sealed class AcceptHandler(MutualAidDbContext db, TimeProvider time, InstanceFollowsAlong followAlong) : FollowAnswerHandler(db, time)
{
    public override string ActivityType => "Accept";

    protected override FollowState Answer => FollowState.Accepted;

    /// <summary>A collective of ours now follows a remote collective: the directory follows it too.</summary>
    protected override Task AnsweredAsync(Following following, CancellationToken cancellationToken) =>
        followAlong.ExecuteAsync(following, cancellationToken);
}
