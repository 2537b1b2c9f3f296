namespace MutualAid.ActivityPub.Signatures;

/// <summary>Verification policy (config section "MutualAid:HttpSignatures" is the lead's to bind).</summary>
public sealed class HttpSignatureVerifierOptions
{
    /// <summary>How far Date/created may lie in the past. Fedify uses 1 h; Mastodon accepts 12 h + 1 h skew.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far Date/created may lie in the future (clock skew).</summary>
    public TimeSpan MaxFutureSkew { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Smallest RSA modulus accepted. 2048 by default: every current server generates 2048-bit keys; the
    /// draft-cavage test key is 1024-bit, so its vectors lower this. Mastodon itself checks no size.
    /// </summary>
    public int MinimumRsaKeySize { get; set; } = 2048;

    /// <summary>Whether to accept draft-cavage signatures at all (they are what most of the fediverse sends).</summary>
    public bool AcceptCavage { get; set; } = true;

    public bool AcceptRfc9421 { get; set; } = true;

    /// <summary>
    /// The hosts (authority, e.g. "coop.example") this server answers for. When set, a request addressed to
    /// another host is refused even if its signature is good: it was signed for someone else and replayed here.
    /// Empty: not checked (the reverse proxy is then trusted to route only our hosts).
    /// </summary>
    public IList<string> AcceptedHosts { get; } = new List<string>();
}
