using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Accounts;

/// <summary>
/// An operator adds a person to a collective with a role. An existing account (same email) just gains
/// the membership; the password then must match, so this cannot be used to take over an account.
/// </summary>
public sealed class AddUser(MutualAidDbContext db, CollectiveAccess access, PasswordHasher hasher, TimeProvider time)
{
    public const int MinPasswordLength = 12;

    public async Task<User> ExecuteAsync(string email, string password, string collectiveSlug, MemberRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        var normalized = NormalizeEmail(email);
        var errors = new ValidationErrors();
        if (!WebAddresses.IsEmail(normalized))
        {
            errors.Add("email", ValidationMessages.EmailInvalid());
        }

        if (password.Length < MinPasswordLength)
        {
            errors.Add("password", ValidationMessages.PasswordTooShort(MinPasswordLength));
        }

        errors.ThrowIfAny();

        var collective = await access.FindAsync(collectiveSlug, cancellationToken);
        var now = time.GetUtcNow();
        var user = await db.Users.Include(u => u.Memberships).SingleOrDefaultAsync(u => u.Email == normalized, cancellationToken);
        if (user is null)
        {
            user = new User { Email = normalized, PasswordHash = hasher.Hash(password), CreatedAt = now };
            db.Users.Add(user);
        }
        else if (!hasher.Verify(password, user.PasswordHash))
        {
            throw new ValidationFailedException("password", "This email already has an account with a different password.");
        }

        if (user.Memberships.Any(m => m.CollectiveId == collective.Id))
        {
            throw new DuplicateException("email", $"{normalized} is already a member of '{collectiveSlug}'.");
        }

        user.Memberships.Add(new Member { CollectiveId = collective.Id, Role = role, JoinedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    public static string NormalizeEmail(string? email) => (email ?? "").Trim().ToLowerInvariant();
}
