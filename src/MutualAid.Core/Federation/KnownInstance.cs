namespace MutualAid.Core.Federation;

/// <summary>
/// Another server this instance knows of (through follows, followers or listings), with what its NodeInfo
/// said and when it last answered. Listings from an instance that stops answering are marked stale.
/// </summary>
public sealed class KnownInstance
{
    /// <summary>The host, lower case (as <see cref="RemoteActor.Domain"/> and listing origins store it).</summary>
    public required string Domain { get; set; }

    /// <summary>NodeInfo <c>software.name</c>, e.g. <c>mastodon</c>; null until NodeInfo was read.</summary>
    public string? Software { get; set; }

    public string? SoftwareVersion { get; set; }

    public bool? OpenRegistrations { get; set; }

    public long? UsersTotal { get; set; }

    public long? LocalPosts { get; set; }

    /// <summary>The last NodeInfo document read, as JSON.</summary>
    public string? NodeInfo { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    /// <summary>When we last tried to reach it (a NodeInfo probe), whatever the outcome.</summary>
    public DateTimeOffset? LastCheckedAt { get; set; }

    /// <summary>
    /// The last time it answered: a NodeInfo probe, a delivery it accepted or an activity it delivered to us.
    /// </summary>
    public DateTimeOffset? LastContactAt { get; set; }

    /// <summary>NodeInfo probes that failed since the last success.</summary>
    public int ConsecutiveFailures { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// Since when its listings count as stale (the last contact, or first sighting when it never answered);
    /// null while it answers.
    /// </summary>
    public DateTimeOffset? StaleSince { get; set; }
}
