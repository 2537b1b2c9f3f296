using MutualAid.Core.Listings;

namespace MutualAid.Core.Geography;

/// <summary>
/// Snaps a point to the centre of a grid cell. Snapping (rather than adding noise) is deterministic, so
/// however often a listing is edited the public point stays the same and averaging reveals nothing.
/// </summary>
public static class PointCoarsening
{
    /// <summary>About 1.1 km of latitude.</summary>
    public const double NeighbourhoodStepDegrees = 0.01;

    /// <summary>About 11 km of latitude.</summary>
    public const double CityStepDegrees = 0.1;

    public static GeoPoint Coarsen(GeoPoint exact, LocationPrecision precision) => precision switch
    {
        LocationPrecision.Exact => exact,
        LocationPrecision.Neighbourhood => Snap(exact, NeighbourhoodStepDegrees),
        LocationPrecision.City => Snap(exact, CityStepDegrees),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown location precision."),
    };

    private static GeoPoint Snap(GeoPoint exact, double step)
    {
        var latitude = Math.Clamp((Math.Floor(exact.Latitude / step) + 0.5) * step, -90, 90);

        // Longitude cells widen towards the poles so a cell covers about the same distance everywhere;
        // the width depends only on the latitude cell, so the snap stays deterministic.
        var cosine = Math.Max(Math.Cos(latitude * Math.PI / 180), 0.01);
        var longitudeStep = Math.Min(step / cosine, 360);
        var longitude = Math.Clamp(-180 + ((Math.Floor((exact.Longitude + 180) / longitudeStep) + 0.5) * longitudeStep), -180, 180);

        return new GeoPoint(Math.Round(latitude, 6), Math.Round(longitude, 6));
    }
}
