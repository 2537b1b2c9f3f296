using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Federation;

namespace MutualAid.Server.Federation;

/// <summary>
/// Who runs this instance: the users whose e-mail is in <c>MutualAid:Federation:Operators</c>, whether they
/// come with a bearer token (API) or the web session (pages).
/// </summary>
public sealed class InstanceOperators(MutualAidDbContext db, IOptions<FederationOptions> options)
{
    public Task<bool> IsOperatorAsync(long? userId, CancellationToken cancellationToken) =>
        IsOperatorAsync(userId, db, options.Value, cancellationToken);

    /// <summary>The same check for minimal-API handlers that already hold the context and options.</summary>
    public static async Task<bool> IsOperatorAsync(long? userId, MutualAidDbContext db, FederationOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        if (userId is not { } id || options.Operators.Count == 0)
        {
            return false;
        }

        var email = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return email is not null && options.Operators.Contains(email, StringComparer.OrdinalIgnoreCase);
    }
}
