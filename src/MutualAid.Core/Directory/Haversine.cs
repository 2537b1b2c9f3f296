using MutualAid.Core.Geography;

namespace MutualAid.Core.Directory;

/// <summary>Great-circle distance on a spherical Earth, good to about 0.5% — far finer than coarsened points.</summary>
public static class Haversine
{
    public const double EarthRadiusKm = 6371.0088;

    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// The latitude/longitude box that contains every point within <paramref name="radiusKm"/> of
    /// <paramref name="centre"/>: a cheap, indexable prefilter before the exact distance check.
    /// </summary>
    public static (double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude) BoundingBox(GeoPoint centre, double radiusKm)
    {
        var dLat = radiusKm / EarthRadiusKm * 180 / Math.PI;
        var minLat = Math.Max(-90, centre.Latitude - dLat);
        var maxLat = Math.Min(90, centre.Latitude + dLat);
        var widest = Math.Max(Math.Abs(minLat), Math.Abs(maxLat));
        var cosine = Math.Cos(Radians(widest));
        var dLon = cosine < 1e-6 || widest >= 89.9 ? 180 : Math.Min(180, dLat / cosine);
        return (minLat, maxLat, centre.Longitude - dLon, centre.Longitude + dLon);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
