using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;

namespace MutualAid.Core.Accounts;

/// <summary>Issues and rotates refresh tokens; only their SHA-256 hashes are stored.</summary>
public sealed class RefreshTokens(MutualAidDbContext db, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    /// <summary>Starts a new token family for a fresh login; returns the token to hand to the client.</summary>
    public async Task<string> IssueAsync(long userId, CancellationToken cancellationToken)
    {
        var token = Issue(userId, NewSecret());
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>
    /// Exchanges a token for a new one in the same family. Returns null (and, if the token was already
    /// used, revokes the whole family: someone replayed it) when the token is not valid.
    /// </summary>
    public async Task<(long UserId, string Token)?> RotateAsync(string presented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        var hash = Hash(presented);
        var stored = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var now = time.GetUtcNow();
        if (stored is null)
        {
            return null;
        }

        if (stored.RevokedAt is not null)
        {
            var family = await db.RefreshTokens.Where(t => t.FamilyId == stored.FamilyId && t.RevokedAt == null).ToListAsync(cancellationToken);
            family.ForEach(t => t.RevokedAt = now);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        if (stored.ExpiresAt <= now)
        {
            return null;
        }

        stored.RevokedAt = now;
        var token = Issue(stored.UserId, stored.FamilyId);
        await db.SaveChangesAsync(cancellationToken);
        return (stored.UserId, token);
    }

    private string Issue(long userId, string familyId)
    {
        var token = NewSecret();
        var now = time.GetUtcNow();
        db.RefreshTokens.Add(new RefreshToken
        {
            UserId = userId,
            TokenHash = Hash(token),
            FamilyId = familyId,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
        return token;
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
