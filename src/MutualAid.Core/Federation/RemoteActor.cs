namespace MutualAid.Core.Federation;

/// <summary>
/// An actor on another server, cached from its actor document. Its keys are <see cref="Keys.ActorKey"/> rows
/// owned by <see cref="Keys.ActorKeyOwner.RemoteActor"/> with this row's id.
/// </summary>
public sealed class RemoteActor
{
    public long Id { get; set; }

    public required string Iri { get; set; }

    public string Type { get; set; } = "Person";

    public string Username { get; set; } = "";

    /// <summary>Host of <see cref="Iri"/>, lower case, for domain policy and per-host queries.</summary>
    public required string Domain { get; set; }

    public string? Name { get; set; }

    public required string InboxUrl { get; set; }

    public string? SharedInboxUrl { get; set; }

    public string? FollowersUrl { get; set; }

    public string? ProfileUrl { get; set; }

    public bool ManuallyApprovesFollowers { get; set; }

    /// <summary>The actor document as last fetched or received in an Update.</summary>
    public string Document { get; set; } = "{}";

    public DateTimeOffset FetchedAt { get; set; }

    /// <summary>Set when the actor was deleted on its server; we keep the row so late activities are refused.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>The inbox a delivery to this actor's host should use: the shared one when offered.</summary>
    public string DeliveryInbox => SharedInboxUrl ?? InboxUrl;
}
