using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Inbox.Handlers;

public sealed class LikeHandler(MutualAidDbContext db, FederationUris uris, TimeProvider time) : InteractionHandler(db, uris, time)
{
    public override string ActivityType => "Like";

    protected override InteractionKind Kind => InteractionKind.Like;
}
