using MutualAid.Core.Data;
using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// Replaces a collective's RSA key (after a suspected leak) and tells its followers with an Update of the
/// actor, so they replace the cached key before the next signed delivery reaches them.
/// </summary>
public sealed class RotateActorKey(MutualAidDbContext db, LocalActorDirectory actors, LocalActorKeys keys, FederatedListingPublisher publisher)
{
    public async Task ExecuteAsync(string username, CancellationToken cancellationToken)
    {
        var actor = await actors.FindByUsernameAsync(username, cancellationToken)
            ?? throw new Core.Validation.NotFoundException($"No local actor '{username}'.");
        await keys.RotateRsaAsync(actor, cancellationToken);
        if (actor.Collective is { } collective)
        {
            await publisher.CollectiveProfileUpdatedAsync(collective, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
