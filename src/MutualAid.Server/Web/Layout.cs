using MutualAid.Server.Web.Html;
using MutualAid.Server.Web.Localization;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web;

/// <summary>The page shell: language and direction, landmarks, navigation, language switch, one stylesheet.</summary>
public static class Layout
{
    public const string StylesheetPath = "/assets/site.css";

    /// <param name="actorUrl">The ActivityPub actor the page stands for, announced for fediverse software and feed readers.</param>
    public static IResult Page(PageContext page, string title, H main, int status = StatusCodes.Status200OK, string? feedUrl = null, string? feedTitle = null, string? actorUrl = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var t = page.T;
        var feed = feedUrl is null ? H.Empty : H.Of($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{feedTitle ?? title}\" href=\"{feedUrl}\">");
        if (actorUrl is not null)
        {
            feed = H.Of($"{feed}\n<link rel=\"alternate\" type=\"application/activity+json\" href=\"{actorUrl}\">");
        }

        var account = page.UserId is null
            ? H.Of($"<li><a href=\"/signin\">{t["nav.signIn"]}</a></li>")
            : H.Of($"""
                <li><a href="/members">{t["nav.dashboard"]}</a></li>
                <li><form method="post" action="/signout" class="inline">{page.AntiforgeryField()}<button type="submit" class="link">{t["nav.signOut"]}</button></form></li>
                """);
        var languages = UiLanguages.Supported.Select(code => code == t.Language
            ? H.Of($"<li><span aria-current=\"true\" lang=\"{code}\">{LanguageName(code)}</span></li>")
            : H.Of($"<li><a href=\"{page.WithLanguage(code)}\" lang=\"{code}\" hreflang=\"{code}\">{LanguageName(code)}</a></li>"));
        var html = H.Of($"""
            <!doctype html>
            <html lang="{t.Language}" dir="{t.Direction}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · {page.Instance.Name}</title>
            <link rel="stylesheet" href="{StylesheetPath}">
            {feed}
            </head>
            <body>
            <a class="skip" href="#main">{t["nav.skip"]}</a>
            <header class="site">
            <a class="brand" href="/">{page.Instance.Name}</a>
            <nav aria-label="{t["nav.label"]}"><ul>
            <li><a href="/search">{t["nav.search"]}</a></li>
            <li><a href="/about">{t["nav.about"]}</a></li>
            {account}
            </ul></nav>
            </header>
            <main id="main" tabindex="-1">
            {main}
            </main>
            <footer class="site">
            <nav aria-label="{t["nav.language"]}"><ul class="languages">{languages}</ul></nav>
            <p>{t["footer.federated"]}</p>
            </footer>
            </body>
            </html>
            """);
        return Results.Content(html.ToString(), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    /// <summary>A language's name in itself, so people find theirs whatever the page language is.</summary>
    public static string LanguageName(string code) => code switch
    {
        "en" => "English",
        "es" => "Español",
        "ar" => "العربية",
        "fr" => "Français",
        "pt" => "Português",
        "zh" => "中文",
        "ja" => "日本語",
        _ => code,
    };

    public static IResult NotFound(PageContext page, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Page(page, page.T["error.notFound"], H.Of($"<h1>{page.T["error.notFound"]}</h1><p>{detail ?? page.T["error.notFoundText"]}</p><p><a href=\"/\">{page.T["error.home"]}</a></p>"),
            StatusCodes.Status404NotFound);
    }

    public static IResult Gone(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Page(page, page.T["error.gone"], H.Of($"<h1>{page.T["error.gone"]}</h1><p>{page.T["error.goneText"]}</p><p><a href=\"/\">{page.T["error.home"]}</a></p>"),
            StatusCodes.Status410Gone);
    }
}
