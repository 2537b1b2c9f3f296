using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Policy;

namespace MutualAid.Federation.Instances;

/// <summary>
/// One round of the instance watch: learns of instances from our follows, followers and remote listings,
/// counts deliveries they accepted and activities they sent us as contact, probes the ones due for a NodeInfo
/// check, then marks the listings of instances silent for <see cref="InstanceWatchOptions.StaleAfter"/> stale
/// and clears the mark of those that answer again.
/// </summary>
public sealed class WatchKnownInstances(
    MutualAidDbContext db,
    InstanceProbe probe,
    DomainPolicy policy,
    FederationUris uris,
    IOptions<InstanceWatchOptions> options,
    TimeProvider time)
{
    private const int ProbeConcurrency = 4;

    public async Task<InstanceWatchReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await DiscoverAsync(cancellationToken);
        var instances = await db.Set<KnownInstance>().OrderBy(i => i.Domain).ToListAsync(cancellationToken);
        await CountDeliveriesAsync(instances, cancellationToken);
        await CountInboundAsync(instances, settings, cancellationToken);

        var now = time.GetUtcNow();
        var allows = await policy.SnapshotAsync(cancellationToken);
        var due = instances.Where(i => (i.LastCheckedAt is null || i.LastCheckedAt + settings.CheckInterval <= now) && allows(i.Domain)).ToList();

        var answered = 0;
        // Probes only change their own row, never the context, so they may run side by side.
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = ProbeConcurrency, CancellationToken = cancellationToken }, async (instance, ct) =>
        {
            if (await probe.ProbeAsync(instance, ct))
            {
                Interlocked.Increment(ref answered);
            }
        });
        await db.SaveChangesAsync(cancellationToken);

        var stale = 0;
        foreach (var instance in instances)
        {
            if (await MarkAsync(instance, now, settings.StaleAfter, cancellationToken))
            {
                stale++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new InstanceWatchReport(instances.Count, due.Count, answered, stale);
    }

    /// <summary>Adds a row for every domain we follow, are followed from, or hold listings of.</summary>
    private async Task DiscoverAsync(CancellationToken cancellationToken)
    {
        var followed = await db.Set<Following>().AsNoTracking().Select(f => f.RemoteActorIri).Distinct().ToListAsync(cancellationToken);
        var followers = await db.Set<Follower>().AsNoTracking().Where(f => f.RemoteActor != null).Select(f => f.RemoteActor!.Domain).Distinct().ToListAsync(cancellationToken);
        var origins = await db.Listings.AsNoTracking().Where(l => l.Origin.Kind == OriginKind.Remote && l.Origin.InstanceDomain != null)
            .Select(l => l.Origin.InstanceDomain!).Distinct().ToListAsync(cancellationToken);
        var domains = followed.Select(KnownInstanceDomains.Of).Concat(followers).Concat(origins)
            .Where(d => !string.IsNullOrEmpty(d)).Select(d => d!.ToLowerInvariant())
            .Where(d => d != uris.Domain).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Set<KnownInstance>().Select(i => i.Domain).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var domain in domains.Except(known, StringComparer.Ordinal))
        {
            db.Set<KnownInstance>().Add(new KnownInstance { Domain = domain, FirstSeenAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A delivery the instance accepted is an answer (the delivery circuit breaker keeps when).</summary>
    private async Task CountDeliveriesAsync(List<KnownInstance> instances, CancellationToken cancellationToken)
    {
        var hosts = await db.Set<DeliveryHost>().AsNoTracking().Where(h => h.LastSuccessAt != null)
            .ToDictionaryAsync(h => h.Host, h => h.LastSuccessAt!.Value, StringComparer.Ordinal, cancellationToken);
        foreach (var instance in instances)
        {
            if (hosts.TryGetValue(instance.Domain, out var success))
            {
                Contacted(instance, success);
            }
        }
    }

    /// <summary>
    /// So is an activity it delivered to us: the inbox keeps only those whose signature checked out. One read
    /// of what arrived since the oldest contact that can still matter (older ones cannot make anyone fresh).
    /// </summary>
    private async Task CountInboundAsync(List<KnownInstance> instances, InstanceWatchOptions settings, CancellationToken cancellationToken)
    {
        if (instances.Count == 0)
        {
            return;
        }

        var horizon = time.GetUtcNow() - settings.StaleAfter - settings.CheckInterval;
        var oldest = instances.Min(i => i.LastContactAt ?? horizon);
        var since = oldest > horizon ? oldest : horizon;
        var received = await db.Set<InboxItem>().AsNoTracking().Where(i => i.ReceivedAt > since)
            .Select(i => new { i.ActorIri, i.ReceivedAt }).ToListAsync(cancellationToken);
        var latest = received
            .GroupBy(i => KnownInstanceDomains.Of(i.ActorIri) ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(i => i.ReceivedAt), StringComparer.Ordinal);
        foreach (var instance in instances)
        {
            if (latest.TryGetValue(instance.Domain, out var at))
            {
                Contacted(instance, at);
            }
        }
    }

    private static void Contacted(KnownInstance instance, DateTimeOffset at)
    {
        if (instance.LastContactAt is null || at > instance.LastContactAt)
        {
            instance.LastContactAt = at;
        }
    }

    /// <summary>Sets or clears the instance's stale mark and its listings'; true when it is stale.</summary>
    private async Task<bool> MarkAsync(KnownInstance instance, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var lastAnswer = instance.LastContactAt ?? instance.FirstSeenAt;
        var domain = instance.Domain;
        if (now - lastAnswer >= staleAfter)
        {
            instance.StaleSince = lastAnswer;
            await db.Listings.Where(l => l.Origin.Kind == OriginKind.Remote && l.Origin.InstanceDomain == domain && l.Origin.StaleSince == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Origin.StaleSince, lastAnswer), cancellationToken);
            return true;
        }

        instance.StaleSince = null;
        await db.Listings.Where(l => l.Origin.Kind == OriginKind.Remote && l.Origin.InstanceDomain == domain && l.Origin.StaleSince != null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Origin.StaleSince, (DateTimeOffset?)null), cancellationToken);
        return false;
    }
}
