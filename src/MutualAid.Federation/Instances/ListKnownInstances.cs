using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Core.Paging;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Policy;

namespace MutualAid.Federation.Instances;

/// <summary>
/// The instances and remote collectives this one knows, for the discovery page and its API twin, a page at a
/// time. Reads only: instances the watch has not recorded yet still show (from follows, followers and listings)
/// as unchecked. Blocked domains are never listed.
/// </summary>
/// <remarks>
/// Order: by domain, ordinal (domains are stored lower-case, so this is also alphabetical for ASCII and
/// punycode names); a domain appears once, so the order is total and the cursor is the last domain shown.
/// Only the domains are gathered for the whole list; collectives and listing counts are read for the page's
/// domains alone, which is what grows with the size of the federation.
/// </remarks>
public sealed class ListKnownInstances(MutualAidDbContext db, LocalActorDirectory actors, DomainPolicy policy, FederationUris uris)
{
    /// <summary>The cursor prefix of this list (see <see cref="KeysetCursor"/>).</summary>
    public const string CursorList = "i";

    private static readonly string[] CollectiveTypes = ["Organization", "Group"];

    public async Task<KeysetPage<KnownInstanceView>> ExecuteAsync(PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cursor = request.Check(CursorList, keyParts: 1);
        var domains = await PageDomainsAsync(request.Limit, cursor, cancellationToken);
        var page = KeysetPage<string>.Cut(domains, request.Limit, cursor, CursorList, d => [d]);
        var views = await DescribeAsync(page.Items, cancellationToken);
        return new KeysetPage<KnownInstanceView>(views, page.NextCursor, page.PreviousCursor);
    }

    /// <summary>Up to <paramref name="limit"/> + 1 allowed domains from the cursor on, in the direction it points.</summary>
    private async Task<List<string>> PageDomainsAsync(int limit, KeysetCursor? cursor, CancellationToken cancellationToken)
    {
        var known = await db.Set<KnownInstance>().AsNoTracking().Select(i => i.Domain).ToListAsync(cancellationToken);
        var collectiveDomains = await db.Set<RemoteActor>().AsNoTracking()
            .Where(a => a.DeletedAt == null && CollectiveTypes.Contains(a.Type))
            .Select(a => a.Domain).Distinct().ToListAsync(cancellationToken);
        var followerDomains = await db.Set<Follower>().AsNoTracking().Where(f => f.RemoteActor != null).Select(f => f.RemoteActor!.Domain).Distinct().ToListAsync(cancellationToken);
        var followed = await db.Set<Following>().AsNoTracking().Select(f => f.RemoteActorIri).Distinct().ToListAsync(cancellationToken);
        // DISTINCT on the indexed origin domain: one index walk, no per-listing work.
        var listingDomains = await db.Listings.AsNoTracking()
            .Where(l => l.Origin.Kind == OriginKind.Remote && l.Visibility == ListingVisibility.Public && l.Origin.InstanceDomain != null)
            .Select(l => l.Origin.InstanceDomain!).Distinct().ToListAsync(cancellationToken);

        var all = known
            .Concat(collectiveDomains)
            .Concat(followerDomains)
            .Concat(followed.Select(KnownInstanceDomains.Of).OfType<string>())
            .Concat(listingDomains)
            .Select(d => d.ToLowerInvariant())
            .Where(d => d != uris.Domain)
            .Distinct(StringComparer.Ordinal);
        var allows = await policy.SnapshotAsync(cancellationToken);
        var from = cursor?.Key[0];
        var window = cursor is { Backward: true }
            ? all.Where(d => string.CompareOrdinal(d, from) < 0).OrderDescending(StringComparer.Ordinal)
            : all.Where(d => from is null || string.CompareOrdinal(d, from) > 0).Order(StringComparer.Ordinal);
        return window.Where(allows).Take(limit + 1).ToList();
    }

    private async Task<List<KnownInstanceView>> DescribeAsync(IReadOnlyList<string> domains, CancellationToken cancellationToken)
    {
        if (domains.Count == 0)
        {
            return [];
        }

        var rows = await db.Set<KnownInstance>().AsNoTracking().Where(i => domains.Contains(i.Domain))
            .ToDictionaryAsync(i => i.Domain, StringComparer.Ordinal, cancellationToken);
        var collectives = await db.Set<RemoteActor>().AsNoTracking()
            .Where(a => a.DeletedAt == null && CollectiveTypes.Contains(a.Type) && domains.Contains(a.Domain))
            .Select(a => new { a.Iri, a.Domain, a.Username, a.Name, a.ProfileUrl })
            .ToListAsync(cancellationToken);
        var iris = collectives.Select(c => c.Iri).ToList();
        var instanceIri = actors.Instance.Iri;
        var directoryFollows = await db.Set<Following>().AsNoTracking().Where(f => f.LocalActorIri == instanceIri && iris.Contains(f.RemoteActorIri))
            .ToDictionaryAsync(f => f.RemoteActorIri, f => f.State, StringComparer.Ordinal, cancellationToken);
        var listingsByDomain = await db.Listings.AsNoTracking()
            .Where(l => l.Origin.Kind == OriginKind.Remote && l.Visibility == ListingVisibility.Public && domains.Contains(l.Origin.InstanceDomain!))
            .GroupBy(l => l.Origin.InstanceDomain!).Select(g => new { Domain = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Domain, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var listingsByActor = await db.Listings.AsNoTracking()
            .Where(l => l.Origin.Kind == OriginKind.Remote && l.Visibility == ListingVisibility.Public && iris.Contains(l.Origin.ActorIri!))
            .GroupBy(l => l.Origin.ActorIri!).Select(g => new { Actor = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Actor, g => g.Count, StringComparer.Ordinal, cancellationToken);

        var views = new List<KnownInstanceView>(domains.Count);
        foreach (var domain in domains)
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
