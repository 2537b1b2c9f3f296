namespace MutualAid.Core.Listings.Views;

/// <summary>A location as shown outside the server: only the public (possibly coarsened) point.</summary>
public sealed record LocationView(string PlaceName, LocationPrecision Precision, double? Latitude, double? Longitude)
{
    public static LocationView From(Location location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new LocationView(location.PlaceName, location.Precision, location.PublicLatitude, location.PublicLongitude);
    }
}
