using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MutualAid.Server.Auth;

public static class CurrentUser
{
    /// <summary>The signed-in user's id, or null for anonymous requests.</summary>
    public static long? UserId(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var subject = principal.FindFirstValue(JwtRegisteredClaimNames.Sub);
        return long.TryParse(subject, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>The signed-in user's id on endpoints that require authorization.</summary>
    public static long RequiredUserId(this ClaimsPrincipal principal) =>
        principal.UserId() ?? throw new InvalidOperationException("The endpoint requires authorization but the token has no numeric 'sub' claim.");
}
