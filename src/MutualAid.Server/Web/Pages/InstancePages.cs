using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using MutualAid.Core.Federation;
using MutualAid.Core.Paging;
using MutualAid.Core.Validation;
using MutualAid.Federation;
using MutualAid.Federation.Instances;
using MutualAid.Server.Federation;
using MutualAid.Server.Web.Html;
using MutualAid.Server.Web.Localization;
using MutualAid.Server.Web.Members;
using MutualAid.Server.Web.Paging;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>
/// /directory/instances: the other instances this one knows and the collectives known there. Instance
/// operators also get "Add to directory" for each collective not followed yet, and a form to add one by handle.
/// </summary>
public static class InstancePages
{
    public const string Path = "/directory/instances";
    public const string FollowPath = "/directory/instances/follow";

    public static IEndpointRouteBuilder MapInstancePages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, ListAsync).ExcludeFromDescription();
        app.MapPost(FollowPath, FollowAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ListAsync(string? added, HttpContext http, ListKnownInstances list, InstanceOperators operators)
    {
        var page = await PageContext.CreateAsync(http);
        var isOperator = await operators.IsOperatorAsync(page.UserId, page.Aborted);
        var notice = string.IsNullOrWhiteSpace(added) ? H.Empty : H.Of($"<p class=\"notice\" role=\"status\">{page.T.Format("instances.added", added)}</p>");
        return await RenderAsync(page, list, isOperator, notice, handle: null, handleError: null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> FollowAsync(HttpContext http, ListKnownInstances list, InstanceOperators operators, AddToDirectory add, IAntiforgery antiforgery)
    {
        var page = await PageContext.CreateAsync(http);
        var t = page.T;
        if (page.UserId is null)
        {
            return Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(Path));
        }

        if (await MemberPages.RejectForgeryAsync(page, antiforgery) is { } forged)
        {
            return forged;
        }

        if (!await operators.IsOperatorAsync(page.UserId, page.Aborted))
        {
            return Layout.Page(page, t["instances.title"], H.Of($"<h1>{t["instances.title"]}</h1><p class=\"notice error\" role=\"alert\">{t["instances.forbidden"]}</p>"), StatusCodes.Status403Forbidden);
        }

        var form = await http.Request.ReadFormAsync(page.Aborted);
        var handle = form[AddToDirectory.HandleField].ToString().Trim();
        var actor = form[AddToDirectory.ActorField].ToString().Trim();
        string? error;
        try
        {
            var result = await add.ExecuteAsync(handle, actor, page.Aborted);
            var shown = actor.Length > 0 ? result.Actor : handle;
            return Results.Redirect($"{Path}?added={Uri.EscapeDataString(shown)}", permanent: false, preserveMethod: false);
        }
        catch (ValidationFailedException invalid)
        {
            error = invalid.Errors.ContainsKey(AddToDirectory.HandleField) && AccountLooksLocal(invalid) ? t["instances.handleLocal"]
                : invalid.Errors.ContainsKey(AddToDirectory.HandleField) ? t["instances.handleInvalid"]
                : string.Join(" ", invalid.Errors.Values.SelectMany(m => m));
        }
        catch (FederationRefusedException)
        {
            error = t.Format("instances.refused", HostOf(handle, actor));
        }
        catch (RemoteLookupFailedException)
        {
            error = t["instances.lookupFailed"];
        }

        return await RenderAsync(page, list, isOperator: true, H.Empty, handle, error, StatusCodes.Status400BadRequest);
    }

    private static bool AccountLooksLocal(ValidationFailedException invalid) =>
        invalid.Errors[AddToDirectory.HandleField].Contains(AddToDirectory.LocalMessage, StringComparer.Ordinal);

    private static string HostOf(string handle, string actor) =>
        KnownInstanceDomains.Of(actor) ?? (handle.LastIndexOf('@') is var at and > 0 ? handle[(at + 1)..] : handle);

    private static async Task<IResult> RenderAsync(PageContext page, ListKnownInstances list, bool isOperator, H notice, string? handle, string? handleError, int status)
    {
        var t = page.T;
        var errors = new ValidationErrors();
        var request = PageParameters.Read(page.Http.Request.Query, errors);
        KeysetPage<KnownInstanceView>? instances = null;
        IReadOnlyDictionary<string, string[]>? problems = errors.IsEmpty ? null : ValidationText.In(t, errors.ToMessages());
        if (problems is null)
        {
            try
            {
                instances = await list.ExecuteAsync(request, page.Aborted);
            }
            catch (ValidationFailedException invalid)
            {
                problems = ValidationText.In(t, invalid.Messages);
            }
        }

        var csrf = isOperator ? page.AntiforgeryField() : H.Empty;
        // Operators also answer the instance actor's follow requests and block servers; this page is where they look after federation.
        var addForm = isOperator
            ? H.Of($"<p><a href=\"/admin/follow-requests\">{t["followRequests.instanceTitle"]}</a> · <a href=\"{DomainBlockPages.Path}\">{t["domainBlocks.title"]}</a></p>{AddByHandle(t, csrf, handle, handleError)}")
            : H.Empty;
        var body = instances is null
            ? H.Of($"<div class=\"notice error\" role=\"alert\"><p>{t["paging.problem"]}</p><ul>{problems!.SelectMany(p => p.Value.Select(m => H.Of($"<li>{m}</li>")))}</ul><p><a href=\"{Path}\">{t["paging.first"]}</a></p></div>")
            : instances.Items.Count == 0
            ? H.Of($"<p>{t["instances.none"]}</p>")
            : H.Of($"""
                {H.Join(instances.Items.Select((instance, index) => Instance(instance, index, t, isOperator, csrf)))}
                {Pager.Render(t, Path, page.Http.Request.Query, instances.PreviousCursor, instances.NextCursor, "added")}
                """);
        var main = H.Of($"""
            <h1>{t["instances.title"]}</h1>
            <p>{t["instances.intro"]}</p>
            {notice}
            {addForm}
            {body}
            """);
        return Layout.Page(page, t["instances.title"], main, instances is null ? StatusCodes.Status400BadRequest : status);
    }

    private static H AddByHandle(UiText t, H csrf, string? handle, string? error)
    {
        var invalid = error is null ? H.Empty : H.Trusted(" aria-invalid=\"true\"");
        var describedBy = error is null ? "handle-hint" : "handle-hint handle-error";
        return H.Of($"""
            <section aria-labelledby="add-h">
            <h2 id="add-h">{t["instances.addByHandle"]}</h2>
            <form method="post" action="{FollowPath}" class="search">
            {csrf}
            <div class="field grow"><label for="handle">{t["instances.handle"]}</label>
            <input id="handle" name="handle" type="text" dir="ltr" autocomplete="off" spellcheck="false" autocapitalize="none" placeholder="@food-bank@example.org" value="{handle}" aria-describedby="{describedBy}"{invalid}>
            <p class="hint" id="handle-hint">{t["instances.handleHint"]}</p>
            {(error is null ? H.Empty : H.Of($"<p class=\"error\" id=\"handle-error\">{error}</p>"))}
            </div>
            <div class="field"><button type="submit">{t["instances.add"]}</button></div>
            </form>
            </section>
            """);
    }

    private static H Instance(KnownInstanceView instance, int index, UiText t, bool isOperator, H csrf)
    {
        // The page's language, not the thread's: culture set while building the page context does not flow back here.
        var c = t.Culture;
        var software = instance.Software is null
            ? H.Text(t["instances.notChecked"])
            : H.Of($"<span dir=\"ltr\">{instance.Software} {instance.SoftwareVersion}</span>");
        var registrations = instance.OpenRegistrations is { } open
            ? H.Of($"<dt>{t["instances.registrations"]}</dt><dd>{(open ? t["instances.registrationsOpen"] : t["instances.registrationsClosed"])}</dd>")
            : H.Empty;
        var accounts = instance.UsersTotal is { } users ? H.Of($"<dt>{t["instances.accounts"]}</dt><dd>{users.ToString("N0", c)}</dd>") : H.Empty;
        var contact = instance.LastContactAt is { } at ? Date(at, c) : H.Text(t["instances.never"]);
        var stale = instance.StaleSince is { } since
            ? H.Of($"<p class=\"notice\" role=\"note\">{t.Format("instances.notAnswering", since.ToString("d MMMM yyyy", c))}</p>")
            : H.Empty;
        var search = $"/search?instance={Uri.EscapeDataString(instance.Domain)}{(instance.StaleSince is null ? "" : "&includeStale=true")}";
        var collectives = instance.Collectives.Count == 0
            ? H.Of($"<p>{t["instances.noCollectives"]}</p>")
            : H.Of($"<ul class=\"list\">{instance.Collectives.Select(k => Collective(k, instance.StaleSince is not null, t, isOperator, csrf))}</ul>");
        return H.Of($"""
            <section class="card" aria-labelledby="instance-{index}">
            <h2 id="instance-{index}" dir="ltr">{instance.Domain}</h2>
            {stale}
            <dl class="facts">
            <dt>{t["instances.software"]}</dt><dd>{software}</dd>
            {registrations}
            {accounts}
            <dt>{t["instances.lastContact"]}</dt><dd>{contact}</dd>
            <dt>{t["instances.listings"]}</dt><dd><a href="{search}">{instance.Listings.ToString("N0", c)}</a></dd>
            </dl>
            <h3>{t["instances.collectives"]}</h3>
            {collectives}
            </section>
            """);
    }

    private static H Collective(KnownCollectiveView collective, bool stale, UiText t, bool isOperator, H csrf)
    {
        var name = collective.Name ?? collective.Handle;
        var profile = SafeLinks.Web(collective.ProfileUrl) is { } url
            ? H.Of($"<a href=\"{url}\" rel=\"nofollow noopener noreferrer\" dir=\"auto\">{name}</a>")
            : H.Of($"<span dir=\"auto\">{name}</span>");
        var listings = $"/search?actor={Uri.EscapeDataString(collective.ActorIri)}{(stale ? "&includeStale=true" : "")}";
        var state = collective.DirectoryFollow switch
        {
            FollowState.Accepted => H.Of($"<span class=\"badge open\">{t["instances.inDirectory"]}</span>"),
            FollowState.Pending => H.Of($"<span class=\"badge\">{t["instances.pending"]}</span>"),
            _ when isOperator => H.Of($"""
                <form method="post" action="{FollowPath}" class="inline">{csrf}<input type="hidden" name="actor" value="{collective.ActorIri}"><button type="submit" aria-label="{t.Format("instances.addNamed", name)}">{t["instances.add"]}</button></form>
                """),
            _ => H.Empty,
        };
        return H.Of($"""
            <li>{profile} <span class="handle" dir="ltr">{collective.Handle}</span>
            · <a href="{listings}">{t.Format("instances.collectiveListings", collective.Listings)}</a> {state}</li>
            """);
    }

    private static H Date(DateTimeOffset at, CultureInfo culture) =>
        H.Of($"<time datetime=\"{at.ToString("O", CultureInfo.InvariantCulture)}\">{at.ToString("d MMMM yyyy HH:mm", culture)}</time>");
}
