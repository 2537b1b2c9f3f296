using MutualAid.Core.Collectives;
using MutualAid.Core.Keys;
using MutualAid.Core.Listings;

namespace MutualAid.Federation.Actors;

/// <summary>
/// One of our ActivityPub actors, whatever backs it. A listing actor also carries its <see cref="Listing"/>
/// and, in <see cref="Collective"/>, the collective that runs it.
/// </summary>
public sealed record LocalActor(LocalActorKind Kind, long OwnerId, string Username, string Iri, Collective? Collective)
{
    /// <summary>The followable listing behind a <see cref="LocalActorKind.Listing"/> actor; null for other kinds.</summary>
    public Listing? Listing { get; init; }

    /// <summary>The instance actor's username: '_' never occurs in a collective slug, so it cannot collide.</summary>
    public const string InstanceUsername = "instance_actor";

    public ActorKeyOwner KeyOwner => Kind switch
    {
        LocalActorKind.Instance => ActorKeyOwner.Instance,
        LocalActorKind.Collective => ActorKeyOwner.Collective,
        _ => ActorKeyOwner.Listing,
    };

    public string ActivityStreamsType => Kind == LocalActorKind.Instance ? "Application" : "Organization";

    public string MainKeyId => Iri + "#main-key";

    public string Ed25519KeyId => Iri + "#ed25519-key";
}
