using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Federation.Inbox.Handlers;

public sealed class AcceptHandler(MutualAidDbContext db, TimeProvider time) : FollowAnswerHandler(db, time)
{
    public override string ActivityType => "Accept";

    protected override FollowState Answer => FollowState.Accepted;
}
