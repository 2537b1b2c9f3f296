using MutualAid.Core.Geography;
using MutualAid.Core.Listings;

namespace MutualAid.Core.Tests.Geography;

public sealed class PointCoarseningTests
{
    [Theory]
    [InlineData(LocationPrecision.Neighbourhood, 2.0)]
    [InlineData(LocationPrecision.City, 20.0)]
    public void Coarse_points_move_but_stay_within_the_cell(LocationPrecision precision, double maxKilometres)
    {
        var exact = new GeoPoint(41.856412, -87.656931);

        var shown = PointCoarsening.Coarsen(exact, precision);

        Assert.NotEqual(exact, shown);
        Assert.True(DistanceKm(exact, shown) < maxKilometres, $"{DistanceKm(exact, shown)} km");
    }

    [Fact]
    public void Nearby_points_in_one_cell_snap_to_the_same_point_so_edits_cannot_be_averaged()
    {
        var a = PointCoarsening.Coarsen(new GeoPoint(41.8512, -87.6551), LocationPrecision.Neighbourhood);
        var b = PointCoarsening.Coarsen(new GeoPoint(41.8588, -87.6509), LocationPrecision.Neighbourhood);
        var again = PointCoarsening.Coarsen(new GeoPoint(41.8512, -87.6551), LocationPrecision.Neighbourhood);

        Assert.Equal(a, b);
        Assert.Equal(a, again);
    }

    [Fact]
    public void Exact_precision_keeps_the_point()
    {
        var exact = new GeoPoint(-33.9249, 18.4241);
        Assert.Equal(exact, PointCoarsening.Coarsen(exact, LocationPrecision.Exact));
    }

    [Theory]
    [InlineData(89.999, 179.999)]
    [InlineData(-90, -180)]
    [InlineData(0, 0)]
    public void Edge_points_stay_on_the_globe(double latitude, double longitude)
    {
        var shown = PointCoarsening.Coarsen(new GeoPoint(latitude, longitude), LocationPrecision.City);
        Assert.InRange(shown.Latitude, -90, 90);
        Assert.InRange(shown.Longitude, -180, 180);
    }

    private static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * 6371 * Math.Asin(Math.Sqrt(h));
    }
}
