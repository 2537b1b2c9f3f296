using System.Globalization;
using MutualAid.Core.Collectives;
using MutualAid.Core.Validation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Followers;
using MutualAid.Server.Web.Html;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Members;

/// <summary>
/// Follow requests waiting for approval, with Approve and Reject buttons: a collective's for its admins
/// (<c>/members/{slug}/follow-requests</c>) and the instance actor's for operators (<c>/admin/follow-requests</c>).
/// Every button is a form with the antiforgery token; the decision goes through <see cref="FollowRequests"/>, as in the API.
/// </summary>
public static class FollowRequestPages
{
    public static IEndpointRouteBuilder MapFollowRequestPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/members/{slug}/follow-requests", CollectiveListAsync).ExcludeFromDescription();
        app.MapPost("/members/{slug}/follow-requests/{id:long}/{answer}", CollectiveAnswerAsync).ExcludeFromDescription().DisableAntiforgery();
        app.MapGet("/admin/follow-requests", InstanceListAsync).ExcludeFromDescription();
        app.MapPost("/admin/follow-requests/{id:long}/{answer}", InstanceAnswerAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> CollectiveListAsync(string slug, HttpContext http, LocalActorDirectory actors, FollowRequests requests)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug, MemberRole.Admin);
        if (refusal is not null)
        {
            return refusal;
        }

        var actor = await actors.FindByUsernameAsync(slug, page.Aborted);
        var pending = await requests.PendingAsync(actor!, page.Aborted);
        var back = H.Of($"<p><a href=\"/members/{slug}\">{page.T["nav.dashboard"]}</a> · <a href=\"/members/{slug}/followers\">{page.T["members.followers"]}</a></p>");
        return List(page, page.T["followRequests.title"], back, $"/members/{slug}/follow-requests", pending);
    }

    private static async Task<IResult> CollectiveAnswerAsync(string slug, long id, string answer, HttpContext http, LocalActorDirectory actors, FollowRequests requests)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug, MemberRole.Admin, post: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var actor = await actors.FindByUsernameAsync(slug, page.Aborted);
        return await AnswerAsync(page, requests, actor!, id, answer, $"/members/{slug}/follow-requests");
    }

    private static async Task<IResult> InstanceListAsync(HttpContext http, LocalActorDirectory actors, FollowRequests requests)
    {
        var (page, refusal) = await OperatorGuard.RequireAsync(http, post: false);
        if (refusal is not null)
        {
            return refusal;
        }

        var pending = await requests.PendingAsync(actors.Instance, page.Aborted);
        return List(page, page.T["followRequests.instanceTitle"], H.Empty, "/admin/follow-requests", pending);
    }

    private static async Task<IResult> InstanceAnswerAsync(long id, string answer, HttpContext http, LocalActorDirectory actors, FollowRequests requests)
    {
        var (page, refusal) = await OperatorGuard.RequireAsync(http, post: true);
        if (refusal is not null)
        {
            return refusal;
        }

        return await AnswerAsync(page, requests, actors.Instance, id, answer, "/admin/follow-requests");
    }


    private static async Task<IResult> AnswerAsync(PageContext page, FollowRequests requests, LocalActor actor, long id, string answer, string listUrl)
    {
        try
        {
            switch (answer)
            {
                case "approve":
                    await requests.AcceptAsync(actor, id, page.Aborted);
                    break;
                case "reject":
                    await requests.RejectAsync(actor, id, page.Aborted);
                    break;
                default:
                    return Layout.NotFound(page);
            }
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }
        catch (StateConflictException)
        {
            var t = page.T;
            return Layout.Page(page, t["followRequests.title"],
                H.Of($"<h1>{t["followRequests.title"]}</h1><p>{t["followRequests.alreadyAnswered"]}</p><p><a href=\"{listUrl}\">{t["followRequests.title"]}</a></p>"),
                StatusCodes.Status409Conflict);
        }

        // Post/redirect/get: reloading the list does not post the decision again.
        return Results.Redirect(listUrl);
    }

    private static IResult List(PageContext page, string title, H back, string baseUrl, IReadOnlyList<FollowRequestView> pending)
    {
        var t = page.T;
        var rows = pending.Select(r => H.Of($"""
            <tr>
            <th scope="row">{Who(r)}</th>
            <td><time datetime="{r.RequestedAt.ToString("O", CultureInfo.InvariantCulture)}">{r.RequestedAt.ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture)}</time></td>
            <td class="actions">
            <form method="post" action="{baseUrl}/{r.Id}/approve" class="inline">{page.AntiforgeryField()}<button type="submit">{t["followRequests.approve"]}<span class="visually-hidden">: {r.Handle}</span></button></form>
            <form method="post" action="{baseUrl}/{r.Id}/reject" class="inline">{page.AntiforgeryField()}<button type="submit" class="link">{t["followRequests.reject"]}<span class="visually-hidden">: {r.Handle}</span></button></form>
            </td>
            </tr>
            """));
        var main = H.Of($"""
            <h1>{title}</h1>
            {back}
            {(pending.Count == 0 ? H.Of($"<p>{t["followRequests.none"]}</p>") : H.Of($"""
                <div class="table-wrap"><table>
                <thead><tr><th scope="col">{t["followers.who"]}</th><th scope="col">{t["followRequests.asked"]}</th><th scope="col">{t["members.actions"]}</th></tr></thead>
                <tbody>{rows}</tbody></table></div>
                """))}
            """);
        return Layout.Page(page, title, main);
    }

    private static H Who(FollowRequestView request)
    {
        var name = string.IsNullOrWhiteSpace(request.Name) ? request.Handle : request.Name;
        return SafeLinks.Web(request.ProfileUrl ?? request.ActorIri) is { } url
            ? H.Of($"<a href=\"{url}\" rel=\"nofollow noopener noreferrer\">{name}</a> <span dir=\"ltr\" class=\"handle\">{request.Handle}</span>")
            : H.Of($"{name} <span dir=\"ltr\" class=\"handle\">{request.Handle}</span>");
    }
}
