namespace MutualAid.Core.Federation;

/// <summary>One of our actors following a remote actor (e.g. the instance actor following a collective elsewhere).</summary>
public sealed class Following
{
    public long Id { get; set; }

    public required string LocalActorIri { get; set; }

    public required string RemoteActorIri { get; set; }

    public FollowState State { get; set; }

    /// <summary>Our Follow activity's id; the remote Accept or Reject names it.</summary>
    public required string FollowActivityIri { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}
