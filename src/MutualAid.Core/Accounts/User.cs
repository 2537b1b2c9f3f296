using MutualAid.Core.Collectives;

namespace MutualAid.Core.Accounts;

/// <summary>A person who logs in; may belong to several collectives.</summary>
public sealed class User
{
    public long Id { get; set; }

    /// <summary>Lower-cased, trimmed; unique.</summary>
    public required string Email { get; set; }

    /// <summary>Self-describing Argon2id hash (parameters, salt and hash), see <see cref="PasswordHasher"/>.</summary>
    public required string PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<Member> Memberships { get; set; } = [];
}
