using MutualAid.Core.Directory;
using MutualAid.Core.Validation;
using MutualAid.Server.Web.Html;
using MutualAid.Server.Web.Localization;
using MutualAid.Server.Web.Paging;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>
/// A collective on another server, as this directory groups what federated in from it: its followable funds,
/// lines and services (with follower counts) apart from its other listings, a page at a time (followable ones first,
/// see <see cref="FindRemoteCollective"/> for the order).
/// </summary>
public static class RemoteCollectivePages
{
    public const string Path = "/directory/collective";

    public static IEndpointRouteBuilder MapRemoteCollectivePages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, CollectiveAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CollectiveAsync(string? actor, HttpContext http, FindRemoteCollective find)
    {
        var page = await PageContext.CreateAsync(http);
        var t = page.T;
        var errors = new ValidationErrors();
        var request = PageParameters.Read(http.Request.Query, errors);
        RemoteCollectiveView collective;
        try
        {
            errors.ThrowIfAny();
            collective = await find.ExecuteAsync(actor ?? "", request, page.Aborted);
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }
        catch (ValidationFailedException invalid)
        {
            var first = $"{Path}?actor={Uri.EscapeDataString(actor ?? "")}";
            var problem = H.Of($"""
                <h1>{t["remote.otherListings"]}</h1>
                <div class="notice error" role="alert"><p>{t["paging.problem"]}</p>
                <ul>{ValidationText.In(t, invalid.Messages).SelectMany(p => p.Value.Select(m => H.Of($"<li>{m}</li>")))}</ul>
                <p><a href="{first}">{t["paging.first"]}</a></p></div>
                """);
            return Layout.Page(page, t["paging.problem"], problem, StatusCodes.Status400BadRequest);
        }

        var profile = SafeLinks.Web(collective.ProfileUrl ?? collective.ActorIri) is { } url
            ? H.Of($" · <a href=\"{url}\" rel=\"nofollow noopener noreferrer\">{t["remote.profile"]}</a>")
            : H.Empty;
        var main = H.Of($"""
            <header class="profile">
            <h1 dir="auto">{collective.Name}</h1>
            {(collective.Handle is { } handle ? H.Of($"<p class=\"handle\" dir=\"ltr\">@{handle}</p>") : H.Empty)}
            <p>{t.Format("listing.fromInstance", collective.InstanceDomain)}{profile}</p>
            </header>
            {Group("followable-h", t["listingFollow.group"], collective.Followable, t)}
            {Group("others-h", t["remote.otherListings"], collective.Others, t)}
            {(collective.Followable.Count + collective.Others.Count == 0 ? H.Of($"<p>{t["search.none"]}</p>") : H.Empty)}
            {Pager.Render(t, Path, http.Request.Query, collective.PreviousCursor, collective.NextCursor)}
            """);
        return Layout.Page(page, t.Format("remote.collectiveTitle", collective.Name, collective.InstanceDomain), main);
    }

    private static H Group(string id, string heading, IReadOnlyList<DirectoryEntry> items, UiText t) =>
        items.Count == 0
            ? H.Empty
            : H.Of($"<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{heading}</h2>{DirectoryPages.Results(items, t)}</section>");
}
