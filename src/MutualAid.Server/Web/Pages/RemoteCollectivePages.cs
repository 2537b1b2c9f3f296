using MutualAid.Core.Directory;
using MutualAid.Core.Validation;
using MutualAid.Server.Web.Html;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>
/// A collective on another server, as this directory groups what federated in from it: its followable funds,
/// lines and services (with follower counts) apart from its other listings.
/// </summary>
public static class RemoteCollectivePages
{
    public static IEndpointRouteBuilder MapRemoteCollectivePages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/directory/collective", CollectiveAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CollectiveAsync(string? actor, HttpContext http, FindRemoteCollective find)
    {
        var page = await PageContext.CreateAsync(http);
        var t = page.T;
        RemoteCollectiveView collective;
        try
        {
            collective = await find.ExecuteAsync(actor ?? "", page.Aborted);
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
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
            """);
        return Layout.Page(page, t.Format("remote.collectiveTitle", collective.Name, collective.InstanceDomain), main);
    }

    private static H Group(string id, string heading, IReadOnlyList<DirectoryEntry> items, Localization.UiText t) =>
        items.Count == 0
            ? H.Empty
            : H.Of($"<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{heading}</h2>{DirectoryPages.Results(items, t)}</section>");
}
