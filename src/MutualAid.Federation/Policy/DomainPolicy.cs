using MutualAid.Core.Data;

namespace MutualAid.Federation.Policy;

/// <summary>Who we federate with: blocked domains (and their subdomains) never; in allowlist mode only listed ones.</summary>
/// <remarks>The rules themselves are held in memory by <see cref="DomainRules"/>; this scoped face reads them through the request's context.</remarks>
public sealed class DomainPolicy(MutualAidDbContext db, DomainRules rules)
{
    public async Task<bool> AllowsAsync(string hostOrIri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hostOrIri);
        var host = HostOf(hostOrIri);
        return host.Length > 0 && (await rules.CurrentAsync(db, cancellationToken)).Allows(host);
    }

    /// <summary>
    /// The same verdicts as <see cref="AllowsAsync"/> for many hosts at once, from one reading of the rules
    /// (pages and rounds that look at every known instance).
    /// </summary>
    public async Task<Func<string, bool>> SnapshotAsync(CancellationToken cancellationToken)
    {
        var snapshot = await rules.CurrentAsync(db, cancellationToken);
        return hostOrIri => HostOf(hostOrIri) is { Length: > 0 } host && snapshot.Allows(host);
    }

    /// <summary>The rules' <see cref="DomainRules.Snapshot.Fingerprint"/> now.</summary>
    public async Task<string> FingerprintAsync(CancellationToken cancellationToken) => (await rules.CurrentAsync(db, cancellationToken)).Fingerprint;

    public static string HostOf(string hostOrIri) =>
        Uri.TryCreate(hostOrIri, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri.Host.ToLowerInvariant() : hostOrIri.Trim().ToLowerInvariant();
}
