namespace MutualAid.Core.Listings.Actors;

/// <summary>
/// A local listing as a followable actor, for pages and feeds: whether it is followable now, and if so its
/// handle, actor IRI and how many remote actors follow it (accepted follows only).
/// </summary>
public sealed record ListingActorView
{
    public bool Followable { get; init; }

    /// <summary><c>collective.listing</c>, or null while not followable.</summary>
    public string? Username { get; init; }

    /// <summary><c>collective.listing@domain</c> (no leading '@'), or null while not followable.</summary>
    public string? Handle { get; init; }

    public string? ActorIri { get; init; }

    public int Followers { get; init; }

    public static ListingActorView NotFollowable { get; } = new();
}
