using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Server.Web.Html;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Members;

/// <summary>What the fediverse did with a collective: who follows it (editors) and reports received about it (admins).</summary>
public static class FederationPages
{
    private const int PageSize = 200;

    public static IEndpointRouteBuilder MapFederationPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/members/{slug}/followers", FollowersAsync).ExcludeFromDescription();
        app.MapGet("/members/{slug}/reports", ReportsAsync).ExcludeFromDescription();
        app.MapFollowRequestPages();
        app.MapDomainBlockPages();
        return app;
    }

    private static async Task<IResult> FollowersAsync(string slug, HttpContext http, MutualAidDbContext db, FederationUris uris)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug);
        if (refusal is not null)
        {
            return refusal;
        }

        var t = page.T;
        var actor = uris.Actor(slug);
        var followers = await db.Set<Follower>().AsNoTracking().Include(f => f.RemoteActor)
            .Where(f => f.LocalActorIri == actor)
            .OrderByDescending(f => f.CreatedAt).Take(PageSize)
            .ToListAsync(page.Aborted);
        var pending = followers.Count(f => f.State == FollowState.Pending);
        var rows = followers.Select(f => H.Of($"""
            <tr>
            <th scope="row">{Who(f.RemoteActor)}</th>
            <td>{t["follower." + f.State.ToString().ToLowerInvariant()]}</td>
            <td><time datetime="{f.CreatedAt.ToString("O", CultureInfo.InvariantCulture)}">{f.CreatedAt.ToString("d MMM yyyy", CultureInfo.CurrentCulture)}</time></td>
            </tr>
            """));
        var main = H.Of($"""
            <h1>{t["members.followers"]}</h1>
            <p><a href="/members/{slug}">{t["nav.dashboard"]}</a>{(pending == 0 ? H.Empty : H.Of($" · <a href=\"/members/{slug}/follow-requests\">{t["followRequests.title"]} ({pending})</a>"))}</p>
            {(followers.Count == 0 ? H.Of($"<p>{t["followers.none"]}</p>") : H.Of($"""
                <div class="table-wrap"><table>
                <thead><tr><th scope="col">{t["followers.who"]}</th><th scope="col">{t["form.status"]}</th><th scope="col">{t["followers.since"]}</th></tr></thead>
                <tbody>{rows}</tbody></table></div>
                """))}
            """);
        return Layout.Page(page, t["members.followers"], main);
    }

    private static async Task<IResult> ReportsAsync(string slug, HttpContext http, MutualAidDbContext db, FederationUris uris)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug, MemberRole.Admin);
        if (refusal is not null)
        {
            return refusal;
        }

        var t = page.T;
        var actor = uris.Actor(slug);
        var reports = await db.Set<FederatedReport>().AsNoTracking()
            .Where(r => r.TargetActorIri == actor)
            .OrderByDescending(r => r.ReceivedAt).Take(PageSize)
            .ToListAsync(page.Aborted);
        var items = reports.Select(r => H.Of($"""
            <li class="card">
            <p class="meta"><span dir="ltr">{Link(r.ReporterIri)}</span> · <time datetime="{r.ReceivedAt.ToString("O", CultureInfo.InvariantCulture)}">{r.ReceivedAt.ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture)}</time>
            · {(r.ResolvedAt is null ? t["reports.open"] : t["reports.resolved"])}</p>
            <p dir="auto">{(string.IsNullOrWhiteSpace(r.Comment) ? t["reports.noComment"] : r.Comment)}</p>
            <ul>{r.ObjectIris.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(o => H.Of($"<li dir=\"ltr\">{Link(o)}</li>"))}</ul>
            </li>
            """));
        var main = H.Of($"""
            <h1>{t["members.reports"]}</h1>
            <p><a href="/members/{slug}">{t["nav.dashboard"]}</a></p>
            {(reports.Count == 0 ? H.Of($"<p>{t["reports.none"]}</p>") : H.Of($"<ul class=\"list\">{items}</ul>"))}
            """);
        return Layout.Page(page, t["members.reports"], main);
    }

    private static H Who(RemoteActor? actor)
    {
        if (actor is null)
        {
            return H.Empty;
        }

        var handle = $"@{actor.Username}@{actor.Domain}";
        var name = string.IsNullOrWhiteSpace(actor.Name) ? handle : actor.Name;
        return SafeLinks.Web(actor.ProfileUrl ?? actor.Iri) is { } url
            ? H.Of($"<a href=\"{url}\" rel=\"nofollow noopener noreferrer\">{name}</a> <span dir=\"ltr\" class=\"handle\">{handle}</span>")
            : H.Of($"{name} <span dir=\"ltr\" class=\"handle\">{handle}</span>");
    }

    private static H Link(string iri) =>
        SafeLinks.Web(iri) is { } url ? H.Of($"<a href=\"{url}\" rel=\"nofollow noopener noreferrer\">{iri}</a>") : H.Text(iri);
}
