using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Policy;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// When one of our collectives' follows of a remote collective (an Organization or Group) is accepted, the
/// instance actor follows it too, so its listings reach the directory. Once only: an existing follow by the
/// instance actor, whatever its state (a Reject is the remote's answer), is left alone; blocked domains are not followed.
/// </summary>
public sealed class InstanceFollowsAlong(MutualAidDbContext db, LocalActorDirectory actors, DomainPolicy policy, FollowRemoteActor follow)
{
    private static readonly string[] CollectiveTypes = ["Organization", "Group"];

    /// <returns>The instance actor's new follow, or null when none was needed.</returns>
    public async Task<Following?> ExecuteAsync(Following collectiveFollow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(collectiveFollow);
        var instance = actors.Instance;
        if (collectiveFollow.State != FollowState.Accepted || collectiveFollow.LocalActorIri == instance.Iri)
        {
            return null;
        }

        var remote = collectiveFollow.RemoteActorIri;
        var type = await db.Set<RemoteActor>().AsNoTracking().Where(a => a.Iri == remote && a.DeletedAt == null).Select(a => a.Type).SingleOrDefaultAsync(cancellationToken);
        if (type is null || !CollectiveTypes.Contains(type, StringComparer.Ordinal))
        {
            return null;
        }

        if (await db.Set<Following>().AnyAsync(f => f.LocalActorIri == instance.Iri && f.RemoteActorIri == remote, cancellationToken)
            || !await policy.AllowsAsync(remote, cancellationToken))
        {
            return null;
        }

        return await follow.ExecuteAsync(remote, instance, cancellationToken);
    }
}
