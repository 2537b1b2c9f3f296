using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Federation;

namespace MutualAid.Server.Federation;

/// <summary>Instance operators are the users whose e-mail is listed in <c>MutualAid:Federation:Operators</c>.</summary>
internal static class InstanceOperators
{
    public static async Task<bool> IsOperatorAsync(long? userId, MutualAidDbContext db, FederationOptions options, CancellationToken cancellationToken)
    {
        if (userId is not { } id || options.Operators.Count == 0)
        {
            return false;
        }

        var email = await db.Users.Where(u => u.Id == id).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return email is not null && options.Operators.Contains(email, StringComparer.OrdinalIgnoreCase);
    }
}
