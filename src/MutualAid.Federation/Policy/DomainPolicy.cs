using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Core.Instances;

namespace MutualAid.Federation.Policy;

/// <summary>Who we federate with: blocked domains (and their subdomains) never; in allowlist mode only listed ones.</summary>
/// <remarks>
/// Scoped, so one request asks the database once per host: an inbox POST checks the activity's actor and then its
/// key's owner, nearly always on the same host. The queries are compiled once: they run on every inbox request.
/// </remarks>
public sealed class DomainPolicy(MutualAidDbContext db, IOptions<FederationOptions> options)
{
    private static readonly Func<MutualAidDbContext, string[], CancellationToken, Task<bool>> IsBlocked =
        EF.CompileAsyncQuery((MutualAidDbContext db, string[] candidates, CancellationToken _) =>
            db.Set<Core.Federation.DomainBlock>().Any(b => candidates.Contains(b.Domain)));

    private static readonly Func<MutualAidDbContext, CancellationToken, Task<InstanceSettings?>> Instance =
        EF.CompileAsyncQuery((MutualAidDbContext db, CancellationToken _) => db.Instance.AsNoTracking().FirstOrDefault());

    private readonly Dictionary<string, bool> _answered = new(StringComparer.Ordinal);

    public async Task<bool> AllowsAsync(string hostOrIri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hostOrIri);
        var host = HostOf(hostOrIri);
        if (host.Length == 0)
        {
            return false;
        }

        if (!_answered.TryGetValue(host, out var allowed))
        {
            allowed = await DecideAsync(host, cancellationToken);
            _answered[host] = allowed;
        }

        return allowed;
    }

    private async Task<bool> DecideAsync(string host, CancellationToken cancellationToken)
    {
        var candidates = Suffixes(host).ToArray();
        if (options.Value.BlockedDomains.Any(b => candidates.Contains(b.ToLowerInvariant())))
        {
            return false;
        }

        if (await IsBlocked(db, candidates, cancellationToken))
        {
            return false;
        }

        var instance = await Instance(db, cancellationToken);
        if (instance?.FederationMode != FederationMode.Allowlist)
        {
            return true;
        }

        return instance.AllowedDomains.Concat(options.Value.AllowedDomains).Any(a => candidates.Contains(a.ToLowerInvariant()));
    }

    /// <summary>
    /// The same verdicts as <see cref="AllowsAsync"/> for many hosts at once, from one read of the blocks and
    /// the instance settings (pages and rounds that look at every known instance).
    /// </summary>
    public async Task<Func<string, bool>> SnapshotAsync(CancellationToken cancellationToken)
    {
        var blocked = options.Value.BlockedDomains.Select(b => b.ToLowerInvariant())
            .Concat(await db.Set<Core.Federation.DomainBlock>().AsNoTracking().Select(b => b.Domain).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var instance = await db.Instance.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var allowed = instance?.FederationMode == FederationMode.Allowlist
            ? instance.AllowedDomains.Concat(options.Value.AllowedDomains).Select(a => a.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal)
            : null;
        return hostOrIri =>
        {
            var host = HostOf(hostOrIri);
            if (host.Length == 0)
            {
                return false;
            }

            var candidates = Suffixes(host).ToList();
            return !candidates.Any(blocked.Contains) && (allowed is null || candidates.Any(allowed.Contains));
        };
    }

    public static string HostOf(string hostOrIri) =>
        Uri.TryCreate(hostOrIri, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri.Host.ToLowerInvariant() : hostOrIri.Trim().ToLowerInvariant();

    /// <summary><c>a.b.example</c>, <c>b.example</c>, <c>example</c>: a block on a domain covers its subdomains.</summary>
    private static IEnumerable<string> Suffixes(string host)
    {
        var current = host;
        while (true)
        {
            yield return current;
            var dot = current.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                yield break;
            }

            current = current[(dot + 1)..];
        }
    }
}
