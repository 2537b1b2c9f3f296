using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;

namespace MutualAid.Core.Accounts;

/// <summary>Checks an email and password. Unknown emails cost the same hashing time as wrong passwords.</summary>
public sealed class SignIn(MutualAidDbContext db, PasswordHasher hasher)
{
    // Verified against when the email is unknown, so response time does not reveal which emails exist.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher().Hash("decoy password that never matches"));

    public async Task<User?> ExecuteAsync(string email, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        var normalized = AddUser.NormalizeEmail(email);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == normalized, cancellationToken);
        if (user is null)
        {
            hasher.Verify(password, DecoyHash.Value);
            return null;
        }

        return hasher.Verify(password, user.PasswordHash) ? user : null;
    }
}
