using Microsoft.Net.Http.Headers;

namespace MutualAid.Server.Web.Localization;

/// <summary>
/// Picks the interface language: an explicit <c>?lang=</c> (remembered in a cookie), then the cookie,
/// then Accept-Language by quality, then English.
/// </summary>
public static class LanguagePreference
{
    public const string CookieName = "lang";
    public const string QueryName = "lang";

    public static string Resolve(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (UiLanguages.Match(http.Request.Query[QueryName]) is { } chosen)
        {
            http.Response.Cookies.Append(CookieName, chosen, new CookieOptions
            {
                HttpOnly = true,
                SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
            return chosen;
        }

        if (UiLanguages.Match(http.Request.Cookies[CookieName]) is { } remembered)
        {
            return remembered;
        }

        if (StringWithQualityHeaderValue.TryParseList(http.Request.Headers.AcceptLanguage, out var accepted))
        {
            foreach (var candidate in accepted.OrderByDescending(a => a.Quality ?? 1))
            {
                if (candidate.Quality is not 0 && UiLanguages.Match(candidate.Value.Value) is { } match)
                {
                    return match;
                }
            }
        }

        return UiLanguages.Default;
    }
}
