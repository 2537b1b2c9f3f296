using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Core.Validation;
using MutualAid.Federation.Instances;
using MutualAid.Server.Web.Localization;
using MutualAid.Server.Web.Paging;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>The public directory: home, search results and the instance's about page.</summary>
public static class DirectoryPages
{
    private const int HomeListings = 8;
    private const int HomeCollectives = 30;

    public static IEndpointRouteBuilder MapDirectoryPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", HomeAsync).ExcludeFromDescription();
        app.MapGet("/search", SearchAsync).ExcludeFromDescription();
        app.MapGet("/about", AboutAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HomeAsync(HttpContext http, SearchDirectory search, MutualAidDbContext db)
    {
        var page = await PageContext.CreateAsync(http);
        var t = page.T;
        var latest = await search.ExecuteAsync(new DirectoryQuery { Limit = HomeListings }, page.Aborted);
        var collectives = await db.Collectives.AsNoTracking().OrderBy(c => c.Name).Take(HomeCollectives)
            .Select(c => new { c.Slug, c.Name }).ToListAsync(page.Aborted);
        var collectiveLinks = collectives.Select(c => H.Of($"<li><a href=\"{ListingLinks.Collective(c.Slug)}\">{c.Name}</a></li>"));
        var categories = Enum.GetValues<Category>().Select(c =>
            H.Of($"<li><a href=\"/search?category={ListingDetails.CategoryParam(c)}\">{CategoryVocabulary.Label(c, t.Language)}</a></li>"));
        var kinds = Enum.GetValues<ListingKind>().Select(k =>
            H.Of($"<li><a href=\"/search?kind={SearchForm.Param(k)}\">{t[ListingLinks.KindPluralKey(k)]}</a></li>"));
        var main = H.Of($"""
            <section class="hero" aria-labelledby="home-h">
            <h1 id="home-h">{page.Instance.Name}</h1>
            <p>{(string.IsNullOrWhiteSpace(page.Instance.Description) ? t["home.tagline"] : page.Instance.Description)}</p>
            {SearchForm.Render(new DirectoryQuery(), t, full: false)}
            </section>
            <nav aria-labelledby="kinds-h"><h2 id="kinds-h">{t["home.kinds"]}</h2><ul class="chips">{kinds}</ul></nav>
            <nav aria-labelledby="categories-h"><h2 id="categories-h">{t["home.categories"]}</h2><ul class="chips">{categories}</ul></nav>
            <section aria-labelledby="latest-h"><h2 id="latest-h">{t["home.latest"]}</h2>
            {Results(latest.Items, t)}
            <p><a href="/search">{t["home.more"]}</a> · <a href="/search.atom">{t["feed.subscribe"]}</a></p>
            </section>
            <nav aria-labelledby="collectives-h"><h2 id="collectives-h">{t["about.collectives"]}</h2><ul class="chips">{collectiveLinks}</ul>
            <p><a href="/about">{t["nav.about"]}</a></p></nav>
            """);
        return Layout.Page(page, t["home.title"], main, feedUrl: "/search.atom", feedTitle: t["home.latest"]);
    }

    private static async Task<IResult> SearchAsync(HttpContext http, SearchDirectory search)
    {
        var page = await PageContext.CreateAsync(http);
        var t = page.T;
        var errors = new ValidationErrors();
        var query = SearchParameters.Read(http.Request.Query, errors);
        DirectoryPage? results = null;
        IReadOnlyDictionary<string, string[]>? problems = errors.IsEmpty ? null : ValidationText.In(t, errors.ToMessages());
        if (problems is null)
        {
            try
            {
                results = await search.ExecuteAsync(query, page.Aborted);
            }
            catch (ValidationFailedException invalid)
            {
                problems = ValidationText.In(t, invalid.Messages);
            }
        }

        var feed = "/search.atom" + SearchParameters.With(http.Request.Query, null, "limit", "lang");
        var summary = results is null
            ? H.Of($"<div class=\"notice\" role=\"alert\"><p>{t["search.problem"]}</p><ul>{problems!.SelectMany(p => p.Value.Select(m => H.Of($"<li>{m}</li>")))}</ul></div>")
            : H.Of($"""
                <p role="status">{(results.Items.Count == 0 ? t["search.none"] : t.Format("search.showing", results.Items.Count))}
                {(results.Place is { } place ? H.Of($" · {t.Format("search.around", place.Name, place.RadiusKm)}") : H.Empty)}</p>
                {Results(results.Items, t)}
                {HiddenStaleNotice.Render(results, t, http.RequestServices.GetRequiredService<IOptions<InstanceWatchOptions>>(), http.Request.Query)}
                {Pager.Render(t, "/search", http.Request.Query, results.PreviousCursor, results.NextCursor)}
                """);
        var main = H.Of($"""
            <h1>{t["search.title"]}</h1>
            {SearchForm.Render(query, t, full: true, problems)}
            <section aria-label="{t["search.results"]}">
            {summary}
            <p><a href="{feed}">{t["feed.subscribeSearch"]}</a></p>
            </section>
            """);
        return Layout.Page(page, query.Text is { } text ? t.Format("search.titleFor", text) : t["search.title"], main,
            results is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, feed, t["search.title"]);
    }

    private static async Task<IResult> AboutAsync(HttpContext http, MutualAidDbContext db)
    {
        var page = await PageContext.CreateAsync(http);
        var t = page.T;
        var collectives = await db.Collectives.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Slug, c.Name, c.Summary }).ToListAsync(page.Aborted);
        var local = await db.Listings.CountAsync(l => l.Origin.Kind == OriginKind.Local && l.Visibility == ListingVisibility.Public, page.Aborted);
        var remote = await db.Listings.CountAsync(l => l.Origin.Kind == OriginKind.Remote && l.Visibility == ListingVisibility.Public, page.Aborted);
        var items = collectives.Select(c => H.Of($"<li><a href=\"{ListingLinks.Collective(c.Slug)}\">{c.Name}</a> <span dir=\"ltr\">@{c.Slug}@{page.Instance.Domain}</span><br><small>{c.Summary}</small></li>"));
        var main = H.Of($"""
            <h1>{t.Format("about.title", page.Instance.Name)}</h1>
            <p>{page.Instance.Description}</p>
            <dl class="facts">
            <dt>{t["about.domain"]}</dt><dd dir="ltr">{page.Instance.Domain}</dd>
            {(string.IsNullOrWhiteSpace(page.Instance.Contact) ? H.Empty : H.Of($"<dt>{t["about.contact"]}</dt><dd>{page.Instance.Contact}</dd>"))}
            <dt>{t["about.localListings"]}</dt><dd>{local}</dd>
            <dt>{t["about.remoteListings"]}</dt><dd>{remote}</dd>
            </dl>
            <h2>{t["about.collectives"]}</h2>
            <ul class="list">{items}</ul>
            <p><a href="{InstancePages.Path}">{t["about.instances"]}</a></p>
            <h2>{t["about.developers"]}</h2>
            <ul><li><a href="/api/v1">API</a></li><li><a href="/openapi/v1.json">OpenAPI</a></li><li><a href="/search.atom">Atom</a></li></ul>
            """);
        return Layout.Page(page, t.Format("about.title", page.Instance.Name), main);
    }

    public static H Results(IReadOnlyList<DirectoryEntry> items, Localization.UiText t)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(t);
        return items.Count == 0 ? H.Empty : H.Of($"<ol class=\"results\">{items.Select(i => H.Of($"<li>{ListingCard.Render(i, t)}</li>"))}</ol>");
    }
}
