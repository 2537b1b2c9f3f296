using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Validation;

namespace MutualAid.Federation.Policy;

/// <summary>
/// The operators' domain blocks, for the admin API and the admin page alike. A block takes effect for the next request
/// (<see cref="DomainRules.Invalidate"/>) and cuts what the domain already has here before returning
/// (<see cref="Defederation"/>): the operator blocked it because of what it sent.
/// </summary>
public sealed class DomainBlocks(MutualAidDbContext db, DomainRules rules, Defederation defederation, TimeProvider time)
{
    public const int MaxReasonLength = 1000;

    public async Task<IReadOnlyList<DomainBlock>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<DomainBlock>().AsNoTracking().OrderBy(b => b.Domain).ToListAsync(cancellationToken);

    /// <summary>A block in force: the host name as stored, and what the cut removed.</summary>
    public sealed record Added(string Domain, Defederation.Result Removed);

    /// <summary>Blocks <paramref name="domain"/> (and its subdomains); blocking it again changes nothing but runs the cut again.</summary>
    /// <exception cref="ValidationFailedException">Not a host name, or the reason is too long; nothing changed.</exception>
    public async Task<Added> AddAsync(string domain, string? reason, CancellationToken cancellationToken)
    {
        var host = Normalize(domain) ?? throw new ValidationFailedException("domain", "A host name such as spam.example.");
        if (reason?.Length > MaxReasonLength)
        {
            throw new ValidationFailedException("reason", $"At most {MaxReasonLength} characters.");
        }

        if (!await db.Set<DomainBlock>().AnyAsync(b => b.Domain == host, cancellationToken))
        {
            db.Set<DomainBlock>().Add(new DomainBlock { Domain = host, Reason = reason?.Trim() ?? "", CreatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            rules.Invalidate();
        }

        return new Added(host, await defederation.RunAsync(cancellationToken));
    }

    /// <summary>Lifts the block; false when there was none. What the block removed does not come back by itself.</summary>
    public async Task<bool> RemoveAsync(string domain, CancellationToken cancellationToken)
    {
        var host = domain.Trim().ToLowerInvariant();
        var removed = await db.Set<DomainBlock>().Where(b => b.Domain == host).ExecuteDeleteAsync(cancellationToken);
        rules.Invalidate();
        return removed > 0;
    }

    /// <summary>The lower-case host name, or null when <paramref name="domain"/> is not one.</summary>
    public static string? Normalize(string? domain) =>
        domain?.Trim().ToLowerInvariant() is { Length: > 0 } host && Uri.CheckHostName(host) == UriHostNameType.Dns ? host : null;
}
