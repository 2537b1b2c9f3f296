using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;

namespace MutualAid.Federation.Policy;

/// <summary>
/// Cuts every tie with the domains this instance no longer federates with (blocked, or outside the allowlist), as
/// Mastodon's suspension and GoToSocial's domain block do: their followers go (so nothing more is delivered there,
/// followers-only listings included), our follows of their actors go, their listings leave the directory, their likes
/// and boosts stop counting, and what is still queued for them is given up. Reports from them stay for the admins.
/// Lifting the block brings nothing back by itself: the next activity from there is taken as new.
/// </summary>
public sealed class Defederation(MutualAidDbContext db, DomainPolicy policy, TimeProvider time)
{
    /// <summary>What one run removed.</summary>
    public sealed record Result(IReadOnlyList<string> Domains, int Followers, int Follows, int Listings, int Interactions, int DeliveryJobs)
    {
        public static readonly Result None = new([], 0, 0, 0, 0, 0);
    }

    /// <summary>Applies the rules now in force to everything stored; a no-op (three small reads) when nothing is refused.</summary>
    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        var allows = await policy.SnapshotAsync(cancellationToken);
        var known = await db.Set<RemoteActor>().AsNoTracking().Select(a => a.Domain).Distinct().ToListAsync(cancellationToken);
        known.AddRange(await db.Listings.AsNoTracking().Where(l => l.Origin.Kind == OriginKind.Remote && l.Origin.InstanceDomain != null)
            .Select(l => l.Origin.InstanceDomain!).Distinct().ToListAsync(cancellationToken));
        known.AddRange(await db.Set<DeliveryJob>().AsNoTracking().Where(j => j.State == DeliveryState.Pending)
            .Select(j => j.Host).Distinct().ToListAsync(cancellationToken));
        var refused = known.Where(d => d.Length > 0 && !allows(d)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (refused.Count == 0)
        {
            return Result.None;
        }

        // One transaction: a reader sees the domain either still there or wholly gone.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var refusedActors = db.Set<RemoteActor>().Where(a => refused.Contains(a.Domain));
        var followers = await db.Set<Follower>().Where(f => refused.Contains(f.RemoteActor!.Domain)).ExecuteDeleteAsync(cancellationToken);
        var follows = await db.Set<Following>().Where(f => refusedActors.Any(a => a.Iri == f.RemoteActorIri)).ExecuteDeleteAsync(cancellationToken);
        var interactions = await db.Set<Interaction>().Where(i => refusedActors.Any(a => a.Iri == i.ActorIri)).ExecuteDeleteAsync(cancellationToken);
        var listings = await db.Listings
            .Where(l => l.Origin.Kind == OriginKind.Remote && l.Origin.InstanceDomain != null && refused.Contains(l.Origin.InstanceDomain))
            .ExecuteDeleteAsync(cancellationToken);
        var now = time.GetUtcNow();
        var jobs = await db.Set<DeliveryJob>().Where(j => j.State == DeliveryState.Pending && refused.Contains(j.Host))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, DeliveryState.GaveUp)
                .SetProperty(j => j.CompletedAt, now)
                .SetProperty(j => j.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(j => j.LastError, "This instance no longer federates with that domain."), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Result(refused, followers, follows, listings, interactions, jobs);
    }
}
