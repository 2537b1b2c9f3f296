using MutualAid.Core.Geography;

namespace MutualAid.Core.Directory;

/// <summary>
/// A page of search results; pass <see cref="NextCursor"/> back for the next page (null at the end), or
/// <see cref="PreviousCursor"/> for the one before (null on the first).
/// </summary>
public sealed record DirectoryPage(IReadOnlyList<DirectoryEntry> Items, string? NextCursor, ResolvedPlace? Place)
{
    public string? PreviousCursor { get; init; }

    /// <summary>Counting hidden stale listings stops here; beyond it the page says "more than".</summary>
    public const int HiddenStaleCap = 100;

    /// <summary>
    /// Without <see cref="DirectoryQuery.IncludeStale"/>: how many listings matching the search were left out because
    /// their instance stopped answering, at most <see cref="HiddenStaleCap"/>. Counted on the last page only (see
    /// SearchDirectory for why); null when none were hidden or when not counted.
    /// </summary>
    public int? HiddenStale { get; init; }

    /// <summary>True when more than <see cref="HiddenStale"/> (the cap) were hidden; null otherwise.</summary>
    public bool? HiddenStaleCapped { get; init; }
}

/// <summary>The place a search was centred on: a looked-up name or a given point.</summary>
public sealed record ResolvedPlace(string Name, GeoPoint Point, double RadiusKm);
