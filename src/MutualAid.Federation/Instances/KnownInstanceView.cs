namespace MutualAid.Federation.Instances;

/// <summary>One instance on the discovery page and in <c>GET /api/v1/directory/instances</c>.</summary>
public sealed record KnownInstanceView
{
    public required string Domain { get; init; }

    public string? Software { get; init; }

    public string? SoftwareVersion { get; init; }

    public bool? OpenRegistrations { get; init; }

    public long? UsersTotal { get; init; }

    public long? LocalPosts { get; init; }

    /// <summary>Null until the instance watch first saw it (it is known only from a follow or listing so far).</summary>
    public DateTimeOffset? FirstSeenAt { get; init; }

    public DateTimeOffset? LastCheckedAt { get; init; }

    /// <summary>The last time it answered us, in any way.</summary>
    public DateTimeOffset? LastContactAt { get; init; }

    public int ConsecutiveFailures { get; init; }

    public string? LastError { get; init; }

    /// <summary>Set when it has not answered for too long: its listings are marked stale since then.</summary>
    public DateTimeOffset? StaleSince { get; init; }

    /// <summary>Public listings from there in our directory.</summary>
    public int Listings { get; init; }

    public required IReadOnlyList<KnownCollectiveView> Collectives { get; init; }
}
