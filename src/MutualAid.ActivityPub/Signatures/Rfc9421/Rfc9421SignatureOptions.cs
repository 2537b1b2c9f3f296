namespace MutualAid.ActivityPub.Signatures.Rfc9421;

/// <summary>What an outgoing RFC 9421 signature covers and says about itself.</summary>
public sealed record Rfc9421SignatureOptions
{
    /// <summary>Fedify's inbox POST set; GETs drop content-digest.</summary>
    public static readonly IReadOnlyList<string> RequestComponents = ["@method", "@target-uri", "@authority", "content-digest"];

    public IReadOnlyList<string> Components { get; init; } = RequestComponents;

    public string Label { get; init; } = "sig1";

    /// <summary>Whether to name the algorithm (alg=); Fedify and Mastodon both accept it either way.</summary>
    public bool IncludeAlgorithm { get; init; } = true;

    public TimeSpan? ExpiresAfter { get; init; }

    public string? Nonce { get; init; }

    public string? Tag { get; init; }
}
