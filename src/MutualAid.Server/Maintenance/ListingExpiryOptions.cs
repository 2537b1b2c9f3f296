namespace MutualAid.Server.Maintenance;

/// <summary>The <c>MutualAid:Listings:Expiry</c> section.</summary>
public sealed class ListingExpiryOptions
{
    public const string SectionName = "MutualAid:Listings:Expiry";

    /// <summary>How often due expiries are looked for; an expiry is sent at most this late.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
