namespace MutualAid.Core.Listings;

/// <summary>Where a listing came from, so federated listings can be stored beside local ones.</summary>
public sealed class Origin
{
    public OriginKind Kind { get; set; } = OriginKind.Local;

    /// <summary>The remote object's IRI (remote listings only).</summary>
    public string? ObjectIri { get; set; }

    /// <summary>The IRI of the remote actor that published it.</summary>
    public string? ActorIri { get; set; }

    public string? InstanceDomain { get; set; }

    public DateTimeOffset? FetchedAt { get; set; }

    /// <summary>The remote object's own updated time, to ignore stale deliveries.</summary>
    public DateTimeOffset? RemoteUpdatedAt { get; set; }

    /// <summary>The remote followable listing actor that announces this listing, when it has one.</summary>
    public string? ListingActorIri { get; set; }

    /// <summary>That actor's handle, <c>user@host</c>.</summary>
    public string? ListingActorHandle { get; set; }

    /// <summary>That actor's followers (its followers collection's totalItems) when last fetched, if it says.</summary>
    public int? ListingActorFollowers { get; set; }
}
