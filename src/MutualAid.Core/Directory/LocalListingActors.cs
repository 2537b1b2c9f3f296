using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Actors;

namespace MutualAid.Core.Directory;

/// <summary>
/// Handles and follower counts of many local listing actors at once (a page of search results, a dashboard),
/// in one follower query instead of one <see cref="FindListingActor"/> call per listing. Names follow
/// <see cref="ListingActorNames"/>, so they are the ones WebFinger and the actor documents answer to.
/// </summary>
public sealed class LocalListingActors(MutualAidDbContext db)
{
    /// <summary>The actors of the followable listings among <paramref name="listings"/> (their collectives loaded), by listing id.</summary>
    public async Task<IReadOnlyDictionary<long, ListingActorView>> DescribeAsync(IEnumerable<Listing> listings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listings);
        var followable = listings
            .Where(l => l.Origin.Kind == OriginKind.Local && l.Followable && l.ActorSlug is not null && l.Collective is not null)
            .Select(l => (l.Id, Username: ListingActorNames.Username(l.Collective!.Slug, l.ActorSlug!)))
            .ToList();
        return await DescribeAsync(followable, cancellationToken);
    }

    /// <summary>The actors of one collective's followable listings among <paramref name="publicIds"/>, by public id.</summary>
    public async Task<IReadOnlyDictionary<string, ListingActorView>> DescribeAsync(string collectiveSlug, IReadOnlyCollection<string> publicIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publicIds);
        var rows = await db.Listings.AsNoTracking()
            .Where(l => l.Collective!.Slug == collectiveSlug && publicIds.Contains(l.PublicId) && l.Followable && l.ActorSlug != null)
            .Select(l => new { l.Id, l.PublicId, l.ActorSlug })
            .ToListAsync(cancellationToken);
        var views = await DescribeAsync(rows.Select(r => (r.Id, ListingActorNames.Username(collectiveSlug, r.ActorSlug!))).ToList(), cancellationToken);
        return rows.Where(r => views.ContainsKey(r.Id)).ToDictionary(r => r.PublicId, r => views[r.Id], StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<long, ListingActorView>> DescribeAsync(List<(long Id, string Username)> followable, CancellationToken cancellationToken)
    {
        if (followable.Count == 0)
        {
            return new Dictionary<long, ListingActorView>();
        }

        var domain = (await db.Instance.AsNoTracking().Select(i => i.Domain).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The instance settings row is missing; the domain of listing actors is unknown.")).ToLowerInvariant();
        var iris = followable.Select(f => ListingActorNames.ActorIri(domain, f.Username)).ToList();
        var counts = await db.Set<Follower>().AsNoTracking()
            .Where(f => iris.Contains(f.LocalActorIri) && f.State == FollowState.Accepted)
            .GroupBy(f => f.LocalActorIri)
            .Select(g => new { Iri = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Iri, g => g.Count, StringComparer.Ordinal, cancellationToken);
        return followable.ToDictionary(f => f.Id, f =>
        {
            var iri = ListingActorNames.ActorIri(domain, f.Username);
            return new ListingActorView
            {
                Followable = true,
                Username = f.Username,
                Handle = $"{f.Username}@{domain}",
                ActorIri = iri,
                Followers = counts.GetValueOrDefault(iri),
            };
        });
    }
}
