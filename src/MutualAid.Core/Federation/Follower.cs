namespace MutualAid.Core.Federation;

/// <summary>A remote actor following one of our actors (a collective, the instance, later a listing actor).</summary>
public sealed class Follower
{
    public long Id { get; set; }

    /// <summary>The IRI of our followed actor.</summary>
    public required string LocalActorIri { get; set; }

    public long RemoteActorId { get; set; }

    public RemoteActor? RemoteActor { get; set; }

    public FollowState State { get; set; }

    /// <summary>The remote Follow activity's id, echoed inside our Accept.</summary>
    public required string FollowActivityIri { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }
}
