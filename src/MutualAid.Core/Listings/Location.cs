namespace MutualAid.Core.Listings;

/// <summary>
/// Where a listing is. The exact point stays on the server; only the public point (computed by
/// <see cref="Geography.PointCoarsening"/> from the precision) is ever shown or federated.
/// </summary>
public sealed class Location
{
    public string PlaceName { get; set; } = "";

    public double? ExactLatitude { get; set; }

    public double? ExactLongitude { get; set; }

    public LocationPrecision Precision { get; set; } = LocationPrecision.City;

    public double? PublicLatitude { get; set; }

    public double? PublicLongitude { get; set; }
}
