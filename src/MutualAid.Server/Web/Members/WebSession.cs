using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MutualAid.Server.Web.Members;

/// <summary>
/// The members' web session: an HttpOnly, SameSite=Lax cookie holding the user id, separate from the API's
/// bearer tokens (the API never accepts the cookie, so a cross-site request cannot act through it).
/// </summary>
public static class WebSession
{
    public const string Scheme = "MutualAid.Web";
    public const string CookieName = "mutualaid.session";

    public static AuthenticationBuilder AddWebSession(this AuthenticationBuilder authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        return authentication.AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            options.LoginPath = "/signin";
            options.AccessDeniedPath = "/signin";
        });
    }

    public static Task SignInAsync(HttpContext http, long userId, string email)
    {
        ArgumentNullException.ThrowIfNull(http);
        var identity = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString(CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.Email, email),
            ],
            Scheme);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);
}
