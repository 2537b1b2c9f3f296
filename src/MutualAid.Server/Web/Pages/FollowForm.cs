using MutualAid.Server.Web.Localization;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>
/// The "follow from your server" form, the same for a collective, a followable listing here and a remote
/// listing's actor: it submits by GET to an endpoint that checks the server name with <see cref="FollowTarget"/>
/// and redirects to that server's authorize_interaction page.
/// </summary>
public static class FollowForm
{
    /// <param name="action">The endpoint that redirects (e.g. <c>/@slug/follow</c>).</param>
    /// <param name="handle">The handle to follow, shown as the fallback ("search for … on your server").</param>
    /// <param name="server">What the visitor typed, kept after an error.</param>
    /// <param name="error">Why the typed server name was refused, if it was.</param>
    public static H Render(string action, string handle, string? server, string? error, UiText t, H? extra = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        return H.Of($"""
            <form method="get" action="{action}">
            <div class="field grow"><label for="server">{t["follow.server"]}</label>
            <input id="server" name="server" type="text" inputmode="url" autocomplete="off" spellcheck="false" dir="ltr" placeholder="mastodon.social" value="{server}"{(error is null ? H.Empty : H.Trusted(" aria-invalid=\"true\" aria-describedby=\"server-error\""))}>
            {(error is null ? H.Empty : H.Of($"<p class=\"error\" id=\"server-error\">{error}</p>"))}
            </div>
            <div class="field"><button type="submit">{t["follow.submit"]}</button></div>
            </form>
            <p><small>{t.Format("follow.hint", handle)}</small>{extra ?? H.Empty}</p>
            """);
    }
}
