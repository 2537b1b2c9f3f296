using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Actors;
using MutualAid.Core.Validation;
using MutualAid.Server.Web.Pages;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Members;

/// <summary>
/// The members' area: which collectives you belong to, and each one's dashboard. Every change goes through
/// the same use cases as the API, so validation, permissions and federation hooks are the same for both.
/// </summary>
public static class MemberPages
{
    public static IEndpointRouteBuilder MapMemberPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapSignInPages();
        app.MapGet("/members", IndexAsync).ExcludeFromDescription();
        app.MapGet("/members/{slug}", DashboardAsync).ExcludeFromDescription();
        app.MapListingFormPages();
        app.MapProfilePages();
        app.MapFederationPages();
        return app;
    }

    /// <summary>The signed-in member's page context, or a redirect to sign in (or a 403 page) instead.</summary>
    internal static async Task<(PageContext Page, IResult? Refusal)> RequireMemberAsync(HttpContext http)
    {
        var page = await PageContext.CreateAsync(http);
        if (page.UserId is null)
        {
            var back = http.Request.Path + http.Request.QueryString;
            return (page, Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(back)));
        }

        return (page, null);
    }

    /// <summary>
    /// Everything a member page checks before acting: signed in, a member of the collective with the role
    /// (when a slug is given), and for posts a valid antiforgery token. Returns the page to show instead, if any.
    /// </summary>
    internal static async Task<(PageContext Page, IResult? Refusal)> GuardAsync(HttpContext http, string? slug, MemberRole role = MemberRole.Editor, bool post = false)
    {
        var (page, refusal) = await RequireMemberAsync(http);
        if (refusal is not null)
        {
            return (page, refusal);
        }

        if (post && await RejectForgeryAsync(page, http.RequestServices.GetRequiredService<IAntiforgery>()) is { } forged)
        {
            return (page, forged);
        }

        return slug is null ? (page, null) : (page, await RequireEditorAsync(page, slug, http.RequestServices.GetRequiredService<CollectiveAccess>(), role));
    }

    /// <summary>Checks the form's antiforgery token; a stale or missing token gets a page explaining it.</summary>
    internal static async Task<IResult?> RejectForgeryAsync(PageContext page, IAntiforgery antiforgery) =>
        await antiforgery.IsRequestValidAsync(page.Http)
            ? null
            : Layout.Page(page, page.T["form.expiredTitle"], H.Of($"<h1>{page.T["form.expiredTitle"]}</h1><p>{page.T["form.expired"]}</p>"), StatusCodes.Status400BadRequest);

    /// <summary>Null when the signed-in member may edit the collective's listings; otherwise the page to show instead.</summary>
    internal static async Task<IResult?> RequireEditorAsync(PageContext page, string slug, CollectiveAccess access, MemberRole role = MemberRole.Editor)
    {
        try
        {
            await access.RequireMemberAsync(page.UserId!.Value, slug, role, page.Aborted);
            return null;
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }
        catch (ForbiddenException)
        {
            return Forbidden(page);
        }
    }

    internal static IResult Forbidden(PageContext page) =>
        Layout.Page(page, page.T["error.forbidden"], H.Of($"<h1>{page.T["error.forbidden"]}</h1><p>{page.T["error.forbiddenText"]}</p>"), StatusCodes.Status403Forbidden);

    /// <summary>A followable listing's handle and follower count under its title.</summary>
    private static H Followable(ListingActorView? actor, Localization.UiText t) =>
        actor is { Handle: { } handle }
            ? H.Of($"<br><small class=\"followable\">{t.Format("members.followable", ListingFollowSection.LeftToRight("@" + handle), actor.Followers.ToString("N0", System.Globalization.CultureInfo.CurrentCulture))}</small>")
            : H.Empty;

    private static async Task<IResult> IndexAsync(HttpContext http, MutualAidDbContext db)
    {
        var (page, refusal) = await RequireMemberAsync(http);
        if (refusal is not null)
        {
            return refusal;
        }

        var memberships = await db.Members.AsNoTracking().Where(m => m.UserId == page.UserId)
            .Join(db.Collectives, m => m.CollectiveId, c => c.Id, (m, c) => new { c.Slug, c.Name, m.Role })
            .OrderBy(c => c.Name).ToListAsync(page.Aborted);
        if (memberships.Count == 1)
        {
            return Results.Redirect("/members/" + Uri.EscapeDataString(memberships[0].Slug));
        }

        var items = memberships.Select(m => H.Of($"<li><a href=\"/members/{m.Slug}\">{m.Name}</a> ({page.T["role." + SearchForm.Param(m.Role)]})</li>"));
        return Layout.Page(page, page.T["members.title"], H.Of($"<h1>{page.T["members.title"]}</h1><ul class=\"list\">{items}</ul>"));
    }

    private static async Task<IResult> DashboardAsync(string slug, string? cursor, HttpContext http, CollectiveAccess access, ListListings listings, LocalListingActors actors, MutualAidDbContext db)
    {
        var (page, refusal) = await RequireMemberAsync(http);
        if (refusal is not null)
        {
            return refusal;
        }

        var t = page.T;
        Collective collective;
        try
        {
            collective = await access.RequireMemberAsync(page.UserId!.Value, slug, MemberRole.Editor, page.Aborted);
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }
        catch (ForbiddenException)
        {
            return Forbidden(page);
        }

        var isAdmin = await db.Members.AnyAsync(m => m.CollectiveId == collective.Id && m.UserId == page.UserId && m.Role == MemberRole.Admin, page.Aborted);
        var list = await listings.ExecuteAsync(page.UserId, slug, new ListingFilter { Limit = ListingFilter.MaxLimit, Cursor = cursor }, page.Aborted);
        var followable = await actors.DescribeAsync(slug, [.. list.Items.Where(l => l.Followable).Select(l => l.Id)], page.Aborted);
        var rows = list.Items.Select(l => H.Of($"""
            <tr>
            <th scope="row"><a href="{ListingLinks.Page(l)}" lang="{l.Language}">{l.Title}</a>{Followable(followable.GetValueOrDefault(l.Id), t)}</th>
            <td>{t[ListingLinks.KindKey(l.Kind)]}</td>
            <td>{t["status.name." + SearchForm.Param(l.Status)]}</td>
            <td>{t["visibility." + SearchForm.Param(l.Visibility)]}</td>
            <td class="actions">
            <a href="/members/{slug}/listings/{l.Id}/edit">{t["members.edit"]}<span class="visually-hidden">: {l.Title}</span></a>
            {(l.Status == ListingStatus.Closed ? H.Empty : H.Of($"""
                <form method="post" action="/members/{slug}/listings/{l.Id}/close" class="inline">{page.AntiforgeryField()}<input type="hidden" name="version" value="{l.Version}"><button type="submit" class="link">{t["members.close"]}<span class="visually-hidden">: {l.Title}</span></button></form>
                """))}
            <a href="/members/{slug}/listings/{l.Id}/delete">{t["members.delete"]}<span class="visually-hidden">: {l.Title}</span></a>
            </td>
            </tr>
            """));
        var kinds = Enum.GetValues<ListingKind>().Select(k => H.Of($"<li><a class=\"button\" href=\"/members/{slug}/listings/new?kind={SearchForm.Param(k)}\">{t.Format("members.newKind", t[ListingLinks.KindKey(k)])}</a></li>"));
        var main = H.Of($"""
            <h1>{collective.Name}</h1>
            <p><a href="{ListingLinks.Collective(slug)}">{t["members.publicPage"]}</a> · <a href="/members/{slug}/followers">{t["members.followers"]}</a>{(isAdmin ? H.Of($" · <a href=\"/members/{slug}/reports\">{t["members.reports"]}</a> · <a href=\"/members/{slug}/profile\">{t["members.editProfile"]}</a>") : H.Empty)}</p>
            <h2>{t["members.new"]}</h2>
            <ul class="chips">{kinds}</ul>
            <h2>{t["members.listings"]}</h2>
            {(list.Items.Count == 0 ? H.Of($"<p>{t["members.noListings"]}</p>") : H.Of($"""
                <div class="table-wrap"><table>
                <thead><tr><th scope="col">{t["form.title"]}</th><th scope="col">{t["search.kind"]}</th><th scope="col">{t["form.status"]}</th><th scope="col">{t["form.visibility"]}</th><th scope="col">{t["members.actions"]}</th></tr></thead>
                <tbody>{rows}</tbody>
                </table></div>
                """))}
            {(list.NextCursor is { } next ? H.Of($"<p><a rel=\"next\" href=\"/members/{slug}?cursor={next}\">{t["search.next"]}</a></p>") : H.Empty)}
            """);
        return Layout.Page(page, collective.Name, main);
    }
}
