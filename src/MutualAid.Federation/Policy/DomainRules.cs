using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Instances;

namespace MutualAid.Federation.Policy;

/// <summary>
/// The blocked and allowed domains, held in memory: every inbox POST asks, and two database queries per request were
/// about a tenth of the inbox's CPU (GoToSocial keeps its domain blocks in memory for the same reason).
/// </summary>
/// <remarks>
/// Edits through the admin API call <see cref="Invalidate"/>, so a block applies to the next request. A change made
/// by another process on the same database (a second server, a future CLI command) is seen within
/// <see cref="FederationOptions.DomainRulesRefresh"/>. What a change means for data already stored (follows, listings,
/// queued deliveries) is <see cref="Defederation"/>'s job.
/// </remarks>
public sealed class DomainRules(IOptions<FederationOptions> options, TimeProvider time)
{
    private Snapshot? _current;
    private long _generation;

    /// <summary>Forgets what was loaded: the next question reads the database again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _current, null);
    }

    /// <summary>The rules now in force, read through <paramref name="db"/> when none are held or they are too old.</summary>
    public async ValueTask<Snapshot> CurrentAsync(MutualAidDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = time.GetUtcNow();
        if (Volatile.Read(ref _current) is { } held && now - held.LoadedAt < options.Value.DomainRulesRefresh)
        {
            return held;
        }

        var generation = Interlocked.Read(ref _generation);
        var settings = options.Value;
        var blocked = settings.BlockedDomains.Select(b => b.Trim().ToLowerInvariant())
            .Concat(await db.Set<DomainBlock>().AsNoTracking().Select(b => b.Domain).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var instance = await db.Instance.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var allowed = instance?.FederationMode == FederationMode.Allowlist
            ? instance.AllowedDomains.Concat(settings.AllowedDomains).Select(a => a.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal)
            : null;
        var loaded = new Snapshot(blocked, allowed, now);

        // An edit that invalidated while this was being read may not be in it: answer with it, but do not keep it.
        if (Interlocked.Read(ref _generation) == generation)
        {
            Volatile.Write(ref _current, loaded);
        }

        return loaded;
    }

    /// <summary>One reading of the rules. A block on a domain covers its subdomains; so does an allowlist entry.</summary>
    public sealed class Snapshot(HashSet<string> blocked, HashSet<string>? allowed, DateTimeOffset loadedAt)
    {
        public DateTimeOffset LoadedAt { get; } = loadedAt;

        /// <summary>Equal for two readings with the same rules: lets a chore act only when the rules changed.</summary>
        public string Fingerprint { get; } = string.Join(',', blocked.Order(StringComparer.Ordinal)) + "|"
            + (allowed is null ? "*" : string.Join(',', allowed.Order(StringComparer.Ordinal)));

        public bool Allows(string host)
        {
            var allowedHere = allowed is null;
            foreach (var candidate in Suffixes(host))
            {
                if (blocked.Contains(candidate))
                {
                    return false;
                }

                allowedHere |= allowed?.Contains(candidate) == true;
            }

            return allowedHere;
        }

        /// <summary><c>a.b.example</c>, <c>b.example</c>, <c>example</c>.</summary>
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
}
