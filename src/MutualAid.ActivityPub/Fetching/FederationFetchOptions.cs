namespace MutualAid.ActivityPub.Fetching;

/// <summary>
/// Limits for every outbound GET the server makes on a remote instance's behalf
/// (ActivityPub documents, WebFinger, NodeInfo). Bound from the <c>Federation:Fetch</c> section.
/// </summary>
public sealed class FederationFetchOptions
{
    public const string SectionName = "Federation:Fetch";

    /// <summary>Lets requests reach loopback, private and other non-public addresses. Only for tests and closed labs.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Lets requests use plain http. Only for tests and closed labs.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Largest response body accepted, in bytes.</summary>
    public long MaxBytes { get; set; } = 1024 * 1024;

    /// <summary>Wall-clock budget for one fetch, redirects and body included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many redirects one fetch may follow before giving up.</summary>
    public int MaxRedirects { get; set; } = 3;

    /// <summary>
    /// Scheme for a host's /.well-known endpoints (WebFinger, host-meta, NodeInfo). The fediverse uses
    /// https; http is for test instances on loopback and requires <see cref="AllowHttp"/>.
    /// </summary>
    public string DiscoveryScheme { get; set; } = Uri.UriSchemeHttps;

    /// <summary>Throws when a value cannot work, so a bad configuration fails at start and not on the first fetch.</summary>
    public void Validate()
    {
        if (MaxBytes <= 0)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(MaxBytes)} must be positive, was {MaxBytes}.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(Timeout)} must be positive, was {Timeout}.");
        }

        if (MaxRedirects < 0)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(MaxRedirects)} must not be negative, was {MaxRedirects}.");
        }

        var discoveryOk = DiscoveryScheme == Uri.UriSchemeHttps || (DiscoveryScheme == Uri.UriSchemeHttp && AllowHttp);
        if (!discoveryOk)
        {
            throw new InvalidOperationException(
                $"{SectionName}:{nameof(DiscoveryScheme)} must be https, or http together with {nameof(AllowHttp)}; was '{DiscoveryScheme}'.");
        }
    }
}
