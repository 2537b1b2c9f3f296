using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Policy;

namespace MutualAid.Federation.Instances;

/// <summary>
/// The instances and remote collectives this one knows, for the discovery page and its API twin. Reads only:
/// instances the watch has not recorded yet still show (from follows, followers and listings) as unchecked.
/// Blocked domains are never listed.
/// </summary>
public sealed class ListKnownInstances(MutualAidDbContext db, LocalActorDirectory actors, DomainPolicy policy, FederationUris uris)
{
    private static readonly string[] CollectiveTypes = ["Organization", "Group"];

    public async Task<IReadOnlyList<KnownInstanceView>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<KnownInstance>().AsNoTracking().ToDictionaryAsync(i => i.Domain, StringComparer.Ordinal, cancellationToken);
        var collectives = await db.Set<RemoteActor>().AsNoTracking()
            .Where(a => a.DeletedAt == null && CollectiveTypes.Contains(a.Type))
            .Select(a => new { a.Iri, a.Domain, a.Username, a.Name, a.ProfileUrl })
            .ToListAsync(cancellationToken);
        var followerDomains = await db.Set<Follower>().AsNoTracking().Where(f => f.RemoteActor != null).Select(f => f.RemoteActor!.Domain).Distinct().ToListAsync(cancellationToken);
        var followed = await db.Set<Following>().AsNoTracking().Select(f => f.RemoteActorIri).Distinct().ToListAsync(cancellationToken);
        var instanceIri = actors.Instance.Iri;
        var directoryFollows = await db.Set<Following>().AsNoTracking().Where(f => f.LocalActorIri == instanceIri)
            .ToDictionaryAsync(f => f.RemoteActorIri, f => f.State, StringComparer.Ordinal, cancellationToken);
        var listingsByDomain = await db.Listings.AsNoTracking()
            .Where(l => l.Origin.Kind == OriginKind.Remote && l.Visibility == ListingVisibility.Public && l.Origin.InstanceDomain != null)
            .GroupBy(l => l.Origin.InstanceDomain!).Select(g => new { Domain = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Domain, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var listingsByActor = await db.Listings.AsNoTracking()
            .Where(l => l.Origin.Kind == OriginKind.Remote && l.Visibility == ListingVisibility.Public && l.Origin.ActorIri != null)
            .GroupBy(l => l.Origin.ActorIri!).Select(g => new { Actor = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Actor, g => g.Count, StringComparer.Ordinal, cancellationToken);

        var domains = rows.Keys
            .Concat(collectives.Select(c => c.Domain))
            .Concat(followerDomains)
            .Concat(followed.Select(KnownInstanceDomains.Of).OfType<string>())
            .Concat(listingsByDomain.Keys)
            .Select(d => d.ToLowerInvariant())
            .Where(d => d != uris.Domain)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var allows = await policy.SnapshotAsync(cancellationToken);
        var views = new List<KnownInstanceView>(domains.Count);
        foreach (var domain in domains.Where(allows))
        {
            var row = rows.GetValueOrDefault(domain);
            var known = collectives.Where(c => c.Domain == domain)
                .Select(c => new KnownCollectiveView
                {
                    ActorIri = c.Iri,
                    Handle = $"@{c.Username}@{c.Domain}",
                    Name = string.IsNullOrWhiteSpace(c.Name) ? null : c.Name,
                    ProfileUrl = c.ProfileUrl ?? c.Iri,
                    Listings = listingsByActor.GetValueOrDefault(c.Iri),
                    InDirectory = directoryFollows.TryGetValue(c.Iri, out var state) && state != FollowState.Rejected,
                    DirectoryFollow = directoryFollows.TryGetValue(c.Iri, out var s) ? s : null,
                })
                .OrderBy(c => c.Name ?? c.Handle, StringComparer.CurrentCultureIgnoreCase)
                .ToList();
            views.Add(new KnownInstanceView
            {
                Domain = domain,
                Software = row?.Software,
                SoftwareVersion = row?.SoftwareVersion,
                OpenRegistrations = row?.OpenRegistrations,
                UsersTotal = row?.UsersTotal,
                LocalPosts = row?.LocalPosts,
                FirstSeenAt = row?.FirstSeenAt,
                LastCheckedAt = row?.LastCheckedAt,
                LastContactAt = row?.LastContactAt,
                ConsecutiveFailures = row?.ConsecutiveFailures ?? 0,
                LastError = row?.LastError,
                StaleSince = row?.StaleSince,
                Listings = listingsByDomain.GetValueOrDefault(domain),
                Collectives = known,
            });
        }

        return views;
    }
}
