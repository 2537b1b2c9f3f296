namespace MutualAid.Core.Listings.Actors;

/// <summary>
/// What is left of a listing actor after its listing stopped being followable or was deleted: its actor
/// URL answers 410 Gone with a Tombstone, and no other listing may take the handle (remote servers cache
/// handles). The same listing becoming followable again with the same handle revives the actor.
/// </summary>
public sealed class ListingActorTombstone
{
    public long Id { get; set; }

    /// <summary><c>{collective}.{actorSlug}</c>.</summary>
    public required string Username { get; set; }

    public required string ActorIri { get; set; }

    public long? CollectiveId { get; set; }

    /// <summary>The listing the actor belonged to (which may itself be deleted).</summary>
    public required string ListingPublicId { get; set; }

    public DateTimeOffset DeletedAt { get; set; }
}
