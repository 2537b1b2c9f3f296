using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Inbox.Handlers;

public sealed class AnnounceHandler(MutualAidDbContext db, FederationUris uris, TimeProvider time) : InteractionHandler(db, uris, time)
{
    public override string ActivityType => "Announce";

    protected override InteractionKind Kind => InteractionKind.Announce;
}
