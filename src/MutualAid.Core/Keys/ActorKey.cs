namespace MutualAid.Core.Keys;

/// <summary>
/// A signing key of an ActivityPub actor (the instance actor, a collective, or a followable listing).
/// Keys are retired rather than deleted so signatures made with them can still be explained.
/// </summary>
public sealed class ActorKey
{
    public long Id { get; set; }

    public ActorKeyOwner OwnerKind { get; set; }

    /// <summary>The owner's id: the collective's or listing's row id; 0 for the instance.</summary>
    public long OwnerId { get; set; }

    /// <summary>The key's IRI as published, e.g. <c>https://example.org/c/food#main-key</c>.</summary>
    public required string KeyId { get; set; }

    public ActorKeyType Type { get; set; }

    public required string PublicKeyPem { get; set; }

    /// <summary>Null for keys of remote actors, which we only verify with.</summary>
    public string? PrivateKeyPem { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }
}
