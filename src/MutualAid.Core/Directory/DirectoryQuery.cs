using MutualAid.Core.Geography;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Directory;

/// <summary>
/// One directory search, as the web pages, the JSON API and the Atom feeds all ask it. Every filter is
/// optional and they combine with AND. Only public listings are ever found.
/// </summary>
public sealed record DirectoryQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const double DefaultRadiusKm = 25;
    public const double MaxRadiusKm = 500;

    /// <summary>Words matched against title, body, tags, categories (in any language) and place.</summary>
    public string? Text { get; init; }

    public ListingKind? Kind { get; init; }

    public Category? Category { get; init; }

    /// <summary>Null means open: paused, fulfilled, closed and expired listings leave the lists.</summary>
    public ListingStatus? Status { get; init; }

    /// <summary>BCP 47 tag; "es" also finds "es-MX".</summary>
    public string? Language { get; init; }

    /// <summary>A local collective's slug.</summary>
    public string? Collective { get; init; }

    /// <summary>The instance a listing comes from: this instance's domain for local listings, or a remote domain.</summary>
    public string? Instance { get; init; }

    public OriginKind? Origin { get; init; }

    /// <summary>The IRI of the remote actor (a collective elsewhere) that published the listings.</summary>
    public string? RemoteActor { get; init; }

    /// <summary>Search around this point (takes precedence over <see cref="Place"/>).</summary>
    public GeoPoint? Near { get; init; }

    /// <summary>A place name, looked up among the places our listings name.</summary>
    public string? Place { get; init; }

    public double? RadiusKm { get; init; }

    /// <summary>Only services and contacts open at the time of the search (24/7 contacts always are).</summary>
    public bool OpenNow { get; init; }

    /// <summary>Only needs at least this urgent.</summary>
    public Urgency? MinUrgency { get; init; }

    public DirectorySort Sort { get; init; } = DirectorySort.Newest;

    public int Limit { get; init; } = DefaultLimit;

    public string? Cursor { get; init; }

    /// <summary>Whether the query has any filter beyond defaults (used by pages to decide what to show).</summary>
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Text) && Kind is null && Category is null && Status is null && string.IsNullOrWhiteSpace(Language)
        && string.IsNullOrWhiteSpace(Collective) && string.IsNullOrWhiteSpace(Instance) && Origin is null && string.IsNullOrWhiteSpace(RemoteActor) && Near is null
        && string.IsNullOrWhiteSpace(Place) && !OpenNow && MinUrgency is null;
}
