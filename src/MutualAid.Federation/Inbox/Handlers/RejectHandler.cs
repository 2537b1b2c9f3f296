using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Federation.Inbox.Handlers;

public sealed class RejectHandler(MutualAidDbContext db, TimeProvider time) : FollowAnswerHandler(db, time)
{
    public override string ActivityType => "Reject";

    protected override FollowState Answer => FollowState.Rejected;
}
