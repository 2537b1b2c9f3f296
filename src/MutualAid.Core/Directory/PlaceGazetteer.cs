using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Geography;
using MutualAid.Core.Listings;

namespace MutualAid.Core.Directory;

/// <summary>
/// Turns a place name into a point using only what this server already stores: the public (coarsened)
/// points of public listings that name the place. No external geocoder is asked, so searching "near"
/// somewhere reveals nothing to a third party.
/// </summary>
public sealed class PlaceGazetteer(MutualAidDbContext db)
{
    private const int SampleSize = 200;

    public async Task<(string Name, GeoPoint Point)?> FindAsync(string placeName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placeName);
        var wanted = placeName.Trim();
        if (wanted.Length == 0)
        {
            return null;
        }

        var pattern = "%" + EscapeLike(wanted) + "%";
        var rows = await db.Listings.AsNoTracking()
            .Where(l => l.Visibility == ListingVisibility.Public && l.Location != null && l.Location.PublicLatitude != null && l.Location.PublicLongitude != null)
            .Where(l => EF.Functions.Like(l.Location!.PlaceName, pattern, "\\"))
            .OrderByDescending(l => l.Id)
            .Select(l => new { l.Location!.PlaceName, Latitude = l.Location.PublicLatitude!.Value, Longitude = l.Location.PublicLongitude!.Value })
            .Take(SampleSize)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        // Prefer the exact name, then the most common spelling; average its points (they are already coarse).
        var folded = FullTextQuery.Fold(wanted);
        var best = rows.GroupBy(r => r.PlaceName, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => FullTextQuery.Fold(g.Key) == folded)
            .ThenByDescending(g => g.Count())
            .First();
        return (best.Key, new GeoPoint(Math.Round(best.Average(r => r.Latitude), 4), Math.Round(best.Average(r => r.Longitude), 4)));
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
