namespace MutualAid.Core.Listings.Input;

public sealed class LocationInput
{
    public string? PlaceName { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>Defaults to city, the safest precision.</summary>
    public LocationPrecision? Precision { get; init; }
}
