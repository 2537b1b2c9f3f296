using System.Globalization;
using MutualAid.Core.Federation;
using MutualAid.Core.Validation;
using MutualAid.Federation.Policy;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Members;

/// <summary>
/// <c>/admin/domain-blocks</c>: operators see the blocked servers, block one with a reason and lift a block, without
/// JavaScript. The same <see cref="DomainBlocks"/> as the admin API, so a block made here also cuts what the server
/// already has here.
/// </summary>
public static class DomainBlockPages
{
    public const string Path = "/admin/domain-blocks";

    public static IEndpointRouteBuilder MapDomainBlockPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, ListAsync).ExcludeFromDescription();
        app.MapPost(Path, AddAsync).ExcludeFromDescription().DisableAntiforgery();
        app.MapPost(Path + "/{domain}/lift", LiftAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, DomainBlocks blocks)
    {
        var (page, refusal) = await OperatorGuard.RequireAsync(http, post: false);
        if (refusal is not null)
        {
            return refusal;
        }

        var t = page.T;
        var query = http.Request.Query;
        var notice = DomainBlocks.Normalize(query["blocked"]) is { } blocked ? t.Format("domainBlocks.blocked", blocked)
            : DomainBlocks.Normalize(query["lifted"]) is { } lifted ? t.Format("domainBlocks.lifted", lifted)
            : null;
        return Page(page, await blocks.ListAsync(page.Aborted), notice, domain: null, reason: null, error: null);
    }

    private static async Task<IResult> AddAsync(HttpContext http, DomainBlocks blocks)
    {
        var (page, refusal) = await OperatorGuard.RequireAsync(http, post: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var form = await http.Request.ReadFormAsync(page.Aborted);
        var domain = form["domain"].ToString();
        var reason = form["reason"].ToString();
        DomainBlocks.Added added;
        try
        {
            added = await blocks.AddAsync(domain, reason, page.Aborted);
        }
        catch (ValidationFailedException invalid)
        {
            var error = invalid.Errors.ContainsKey("domain") ? page.T["domainBlocks.invalidDomain"] : page.T.Format("domainBlocks.reasonTooLong", DomainBlocks.MaxReasonLength);
            return Page(page, await blocks.ListAsync(page.Aborted), null, domain, reason, error, StatusCodes.Status400BadRequest);
        }

        // Post/redirect/get: reloading the list does not block again.
        return Results.Redirect($"{Path}?blocked={Uri.EscapeDataString(added.Domain)}");
    }

    private static async Task<IResult> LiftAsync(string domain, HttpContext http, DomainBlocks blocks)
    {
        var (page, refusal) = await OperatorGuard.RequireAsync(http, post: true);
        if (refusal is not null)
        {
            return refusal;
        }

        return await blocks.RemoveAsync(domain, page.Aborted)
            ? Results.Redirect($"{Path}?lifted={Uri.EscapeDataString(domain.Trim().ToLowerInvariant())}")
            : Layout.NotFound(page);
    }


    private static IResult Page(PageContext page, IReadOnlyList<DomainBlock> blocks, string? notice, string? domain, string? reason, string? error, int status = StatusCodes.Status200OK)
    {
        var t = page.T;
        var rows = blocks.Select(b => H.Of($"""
            <tr>
            <th scope="row" dir="ltr">{b.Domain}</th>
            <td>{b.Reason}</td>
            <td><time datetime="{b.CreatedAt.ToString("O", CultureInfo.InvariantCulture)}">{b.CreatedAt.ToString("d MMM yyyy", t.Culture)}</time></td>
            <td class="actions"><form method="post" action="{Path}/{Uri.EscapeDataString(b.Domain)}/lift" class="inline">{page.AntiforgeryField()}<button type="submit" class="link">{t["domainBlocks.lift"]}<span class="visually-hidden">: {b.Domain}</span></button></form></td>
            </tr>
            """));
        var invalid = error is null ? H.Empty : H.Trusted(" aria-invalid=\"true\"");
        var main = H.Of($"""
            <h1>{t["domainBlocks.title"]}</h1>
            <p>{t["domainBlocks.intro"]}</p>
            {(notice is null ? H.Empty : H.Of($"<p class=\"notice\" role=\"status\">{notice}</p>"))}
            <section aria-labelledby="block-h">
            <h2 id="block-h">{t["domainBlocks.add"]}</h2>
            <form method="post" action="{Path}">
            {page.AntiforgeryField()}
            <div class="field"><label for="domain">{t["domainBlocks.domain"]}</label>
            <input id="domain" name="domain" type="text" dir="ltr" required autocomplete="off" spellcheck="false" autocapitalize="none" placeholder="spam.example" value="{domain}"{invalid}{(error is null ? H.Empty : H.Trusted(" aria-describedby=\"domain-error\""))}>
            {(error is null ? H.Empty : H.Of($"<p class=\"error\" id=\"domain-error\">{error}</p>"))}
            </div>
            <div class="field"><label for="reason">{t["domainBlocks.reason"]}</label>
            <input id="reason" name="reason" type="text" maxlength="{DomainBlocks.MaxReasonLength}" value="{reason}"></div>
            <div class="field"><button type="submit">{t["domainBlocks.block"]}</button></div>
            </form>
            </section>
            {(blocks.Count == 0 ? H.Of($"<p>{t["domainBlocks.none"]}</p>") : H.Of($"""
                <div class="table-wrap"><table>
                <thead><tr><th scope="col">{t["domainBlocks.domain"]}</th><th scope="col">{t["domainBlocks.reasonShort"]}</th><th scope="col">{t["domainBlocks.since"]}</th><th scope="col">{t["members.actions"]}</th></tr></thead>
                <tbody>{rows}</tbody></table></div>
                """))}
            """);
        return Layout.Page(page, t["domainBlocks.title"], main, status);
    }
}
