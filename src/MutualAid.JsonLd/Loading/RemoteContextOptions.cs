namespace MutualAid.JsonLd.Loading;

/// <summary>Policy for <see cref="AllowlistedHttpLoader"/>: which URLs may be fetched and how much is accepted.</summary>
public sealed class RemoteContextOptions
{
    /// <summary>URL prefixes (e.g. "https://w3id.org/") that may be fetched. Empty: nothing is fetched.</summary>
    public IReadOnlyList<string> AllowedPrefixes { get; init; } = [];

    /// <summary>Largest accepted response body, in bytes.</summary>
    public long MaxBytes { get; init; } = 1024 * 1024;

    /// <summary>Time allowed for one fetch, from request to the last byte.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
}
