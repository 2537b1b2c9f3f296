using MutualAid.Core.Data;
using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// Replaces an actor's RSA key (after a suspected leak) and tells its followers with an Update of the actor,
/// so they replace the cached key before the next signed delivery reaches them. Works for collectives and
/// for the instance actor (username <see cref="LocalActor.InstanceUsername"/>).
/// </summary>
public sealed class RotateActorKey(MutualAidDbContext db, LocalActorDirectory actors, LocalActorKeys keys, FederatedListingPublisher publisher)
{
    public async Task<LocalActorKeyPair> ExecuteAsync(string username, CancellationToken cancellationToken)
    {
        var actor = await actors.FindByUsernameAsync(username, cancellationToken)
            ?? throw new Core.Validation.NotFoundException($"No local actor '{username}'.");
        var pair = await keys.RotateRsaAsync(actor, cancellationToken);
        await publisher.ActorUpdatedAsync(actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return pair;
    }
}
