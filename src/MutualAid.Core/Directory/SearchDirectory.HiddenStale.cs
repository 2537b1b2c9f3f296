using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;

namespace MutualAid.Core.Directory;

/// <summary>How many listings a search left out because their instance stopped answering.</summary>
public sealed partial class SearchDirectory
{
    /// <summary>
    /// How many listings the query would also find with <see cref="DirectoryQuery.IncludeStale"/>, up to
    /// <see cref="DirectoryPage.HiddenStaleCap"/> + 1 (more is reported as "more than the cap").
    /// </summary>
    /// <remarks>
    /// Cost. SQLite has no index that finds stale listings among the filtered ones: the planner walks the same
    /// status/visibility index as the visible query, so a count that finds few stale matches walks every match.
    /// Three bounds keep that inside the search budget (ADR 0002, p95 under 50 ms at 100,000 listings):
    /// the count runs only on the last page, where the visible query has just walked the same matches (so it
    /// costs about what that query cost, never a walk of a result set too big to show on one page); it stops at
    /// the cap; and it is skipped outright while no known instance is stale, the usual case. Listings are only
    /// ever marked stale together with their instance (WatchKnownInstances), so no stale instance means no stale listing.
    /// </remarks>
    private async Task<int> CountHiddenStaleAsync(DirectoryQuery query, ResolvedPlace? place, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.Set<KnownInstance>().AsNoTracking().AnyAsync(i => i.StaleSince != null, cancellationToken))
        {
            return 0;
        }

        var stale = (await FilterAsync(query with { IncludeStale = true }, place, now, cancellationToken)).Where(l => l.Origin.StaleSince != null);
        if (place is null && !query.OpenNow)
        {
            return await stale.Take(DirectoryPage.HiddenStaleCap + 1).CountAsync(cancellationToken);
        }

        // Distance and opening hours are decided in memory, as for the visible listings.
        var candidates = await CandidatesAsync(stale, query, cancellationToken);
        var kept = Measure(candidates, place, query.OpenNow, now).Count;
        return candidates.Count > MaxCandidates ? Math.Max(kept, DirectoryPage.HiddenStaleCap + 1) : kept;
    }
}
