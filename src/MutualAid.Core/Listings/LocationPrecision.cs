namespace MutualAid.Core.Listings;

/// <summary>How precisely a listing's point may be shown to anyone outside the server.</summary>
public enum LocationPrecision
{
    /// <summary>The exact point is public (a clinic's door).</summary>
    Exact,

    /// <summary>Snapped to a grid cell of about 1 km.</summary>
    Neighbourhood,

    /// <summary>Snapped to a grid cell of about 10 km.</summary>
    City,
}
