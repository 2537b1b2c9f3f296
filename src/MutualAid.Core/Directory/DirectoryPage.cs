using MutualAid.Core.Geography;

namespace MutualAid.Core.Directory;

/// <summary>A page of search results; pass <see cref="NextCursor"/> back for the next page (null at the end).</summary>
public sealed record DirectoryPage(IReadOnlyList<DirectoryEntry> Items, string? NextCursor, ResolvedPlace? Place);

/// <summary>The place a search was centred on: a looked-up name or a given point.</summary>
public sealed record ResolvedPlace(string Name, GeoPoint Point, double RadiusKm);
