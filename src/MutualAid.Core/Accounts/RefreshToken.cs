namespace MutualAid.Core.Accounts;

/// <summary>
/// A refresh token, stored only as a SHA-256 hash. Tokens rotate: each use revokes the token and issues
/// a successor in the same family; presenting a revoked token revokes the whole family (token theft).
/// </summary>
public sealed class RefreshToken
{
    public long Id { get; set; }

    public long UserId { get; set; }

    public User? User { get; set; }

    public required string TokenHash { get; set; }

    public required string FamilyId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
