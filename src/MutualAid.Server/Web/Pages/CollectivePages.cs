using MutualAid.Core.Collectives;
using MutualAid.Core.Directory;
using MutualAid.Core.Validation;
using MutualAid.Federation.Conversion;
using MutualAid.Server.Web.Html;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>A collective's public profile at /@{slug}, its listings, and the "follow from your server" hand-off.</summary>
public static class CollectivePages
{
    public static IEndpointRouteBuilder MapCollectivePages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/@{slug}", ProfileAsync).ExcludeFromDescription();
        app.MapGet("/@{slug}/follow", FollowAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ProfileAsync(string slug, HttpContext http, FindCollective find, SearchDirectory search) =>
        await RenderProfileAsync(await PageContext.CreateAsync(http), slug, find, search, followServer: null, followError: null);

    private static async Task<IResult> FollowAsync(string slug, string? server, HttpContext http, FindCollective find, SearchDirectory search)
    {
        var page = await PageContext.CreateAsync(http);
        if (FollowTarget.ServerName(server) is not { } host)
        {
            return await RenderProfileAsync(page, slug, find, search, server, page.T["follow.invalid"]);
        }

        try
        {
            await find.ExecuteAsync(slug, page.Aborted);
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }

        return Results.Redirect(FollowTarget.AuthorizeInteraction(host, $"{slug}@{page.Instance.Domain}"));
    }

    private static async Task<IResult> RenderProfileAsync(PageContext page, string slug, FindCollective find, SearchDirectory search, string? followServer, string? followError)
    {
        var t = page.T;
        CollectiveView collective;
        try
        {
            collective = await find.ExecuteAsync(slug, page.Aborted);
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }

        var listings = await search.ExecuteAsync(new DirectoryQuery { Collective = slug, Limit = DirectoryQuery.MaxLimit }, page.Aborted);
        var handle = $"@{collective.Slug}@{page.Instance.Domain}";
        var feed = $"{ListingLinks.Collective(slug)}/feed.atom";
        var website = SafeLinks.Web(collective.Website) is { } site ? H.Of($"<dt>{t["collective.website"]}</dt><dd><a href=\"{site}\" rel=\"noopener\">{collective.Website}</a></dd>") : H.Empty;
        var main = H.Of($"""
            <header class="profile">
            <h1>{collective.Name}</h1>
            <p class="handle" dir="ltr">{handle}</p>
            <p>{collective.Summary}</p>
            </header>
            <section aria-labelledby="contact-h"><h2 id="contact-h">{t["collective.contacts"]}</h2>
            <dl class="facts">
            {(string.IsNullOrWhiteSpace(collective.FrontGateContact) ? H.Empty : H.Of($"<dt>{t["collective.frontGate"]}</dt><dd>{collective.FrontGateContact}</dd>"))}
            {(string.IsNullOrWhiteSpace(collective.AreaServed) ? H.Empty : H.Of($"<dt>{t["collective.areaServed"]}</dt><dd>{collective.AreaServed}</dd>"))}
            {(collective.Languages.Count == 0 ? H.Empty : H.Of($"<dt>{t["collective.languages"]}</dt><dd>{string.Join(", ", collective.Languages)}</dd>"))}
            {website}
            </dl></section>
            <section aria-labelledby="follow-h" class="follow"><h2 id="follow-h">{t["follow.title"]}</h2>
            {FollowForm.Render($"{ListingLinks.Collective(slug)}/follow", handle, followServer, followError, t, H.Of($" · <a href=\"{feed}\">{t["feed.subscribe"]}</a>"))}
            </section>
            {ListingFollowSection.Group(listings.Items, t)}
            <section aria-labelledby="listings-h"><h2 id="listings-h">{t["collective.listings"]}</h2>
            {(listings.Items.Count == 0 ? H.Of($"<p>{t["search.none"]}</p>") : DirectoryPages.Results(listings.Items, t))}
            </section>
            """);
        return Layout.Page(page, collective.Name, main, followError is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, feed, collective.Name);
    }
}
