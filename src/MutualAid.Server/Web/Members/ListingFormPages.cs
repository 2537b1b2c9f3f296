using MutualAid.Core.Collectives;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Views;
using MutualAid.Core.Validation;
using MutualAid.Server.Api;
using MutualAid.Server.Web.Pages;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Members;

/// <summary>Create, edit, close and delete a listing from the browser, through CreateListing/UpdateListing/DeleteListing.</summary>
public static class ListingFormPages
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static IEndpointRouteBuilder MapListingFormPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/members/{slug}/listings").ExcludeFromDescription();
        group.MapGet("/new", NewAsync);
        group.MapPost("/new", CreateAsync).DisableAntiforgery();
        group.MapGet("/{id}/edit", EditAsync);
        group.MapPost("/{id}/edit", UpdateAsync).DisableAntiforgery();
        group.MapPost("/{id}/close", CloseAsync).DisableAntiforgery();
        group.MapGet("/{id}/delete", ConfirmDeleteAsync);
        group.MapPost("/{id}/delete", DeleteAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> NewAsync(string slug, string? kind, HttpContext http)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new ValidationErrors();
        var chosen = QueryValues.Enum<ListingKind>(kind, "kind", errors) ?? ListingKind.Offer;
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["language"] = page.T.Language,
            ["status"] = "open",
            ["visibility"] = "public",
            ["location.precision"] = "neighbourhood",
        };
        return Render(page, slug, chosen, null, new FormFields(defaults, NoErrors), StatusCodes.Status200OK);
    }

    private static async Task<IResult> CreateAsync(string slug, HttpContext http, CreateListing create)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug, MemberRole.Editor, post: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var fields = ListingFormFields.FromForm(await http.Request.ReadFormAsync(page.Aborted));
        var errors = new ValidationErrors();
        var input = ListingFormFields.ToInput(fields, errors);
        var kind = input.Kind ?? ListingKind.Offer;
        if (!errors.IsEmpty)
        {
            return Render(page, slug, kind, null, new FormFields(fields, errors.ToDictionary()), StatusCodes.Status400BadRequest);
        }

        try
        {
            var created = await create.ExecuteAsync(page.UserId!.Value, slug, input, page.Aborted);
            return Results.Redirect(ListingLinks.Page(created));
        }
        catch (ValidationFailedException invalid)
        {
            return Render(page, slug, kind, null, new FormFields(fields, invalid.Errors), StatusCodes.Status400BadRequest);
        }
        catch (ForbiddenException)
        {
            return MemberPages.Forbidden(page);
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }
    }

    private static async Task<IResult> EditAsync(string slug, string id, HttpContext http, FindListing find)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug);
        if (refusal is not null)
        {
            return refusal;
        }

        var listing = await FindAsync(page, slug, id, find);
        return listing is null
            ? Layout.NotFound(page)
            : Render(page, slug, listing.Kind, listing, new FormFields(ListingFormFields.FromView(listing), NoErrors), StatusCodes.Status200OK);
    }

    private static async Task<IResult> UpdateAsync(string slug, string id, HttpContext http, FindListing find, UpdateListing update)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug, MemberRole.Editor, post: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var existing = await FindAsync(page, slug, id, find);
        if (existing is null)
        {
            return Layout.NotFound(page);
        }

        var fields = ListingFormFields.FromForm(await http.Request.ReadFormAsync(page.Aborted));
        var errors = new ValidationErrors();
        var input = ListingFormFields.ToInput(fields, errors);
        if (!errors.IsEmpty)
        {
            return Render(page, slug, existing.Kind, existing, new FormFields(fields, errors.ToDictionary()), StatusCodes.Status400BadRequest);
        }

        try
        {
            var saved = await update.ExecuteAsync(page.UserId!.Value, slug, id, input, null, page.Aborted);
            return Results.Redirect(ListingLinks.Page(saved));
        }
        catch (ValidationFailedException invalid)
        {
            return Render(page, slug, existing.Kind, existing, new FormFields(fields, invalid.Errors), StatusCodes.Status400BadRequest);
        }
        catch (VersionConflictException)
        {
            var conflict = new Dictionary<string, string[]> { ["version"] = [page.T["form.conflict"]] };
            return Render(page, slug, existing.Kind, existing, new FormFields(fields, conflict), StatusCodes.Status409Conflict);
        }
        catch (ForbiddenException)
        {
            return MemberPages.Forbidden(page);
        }
    }

    /// <summary>Closing is an edit of the status only, so it goes through UpdateListing like any edit.</summary>
    private static async Task<IResult> CloseAsync(string slug, string id, HttpContext http, FindListing find, UpdateListing update)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug, MemberRole.Editor, post: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var existing = await FindAsync(page, slug, id, find);
        if (existing is null)
        {
            return Layout.NotFound(page);
        }

        var form = await http.Request.ReadFormAsync(page.Aborted);
        var fields = ListingFormFields.FromView(existing);
        fields["status"] = "closed";
        fields["version"] = form["version"].ToString();
        var errors = new ValidationErrors();
        var input = ListingFormFields.ToInput(fields, errors);
        try
        {
            errors.ThrowIfAny();
            await update.ExecuteAsync(page.UserId!.Value, slug, id, input, null, page.Aborted);
            return Results.Redirect("/members/" + Uri.EscapeDataString(slug));
        }
        catch (VersionConflictException)
        {
            return Layout.Page(page, page.T["form.conflictTitle"], H.Of($"<h1>{page.T["form.conflictTitle"]}</h1><p>{page.T["form.conflict"]}</p><p><a href=\"/members/{slug}\">{page.T["nav.dashboard"]}</a></p>"), StatusCodes.Status409Conflict);
        }
        catch (ValidationFailedException invalid)
        {
            // A listing stored before a validation rule tightened: send the member to the edit form to fix it.
            return Render(page, slug, existing.Kind, existing, new FormFields(fields, invalid.Errors), StatusCodes.Status400BadRequest);
        }
        catch (ForbiddenException)
        {
            return MemberPages.Forbidden(page);
        }
    }

    private static async Task<IResult> ConfirmDeleteAsync(string slug, string id, HttpContext http, FindListing find)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug);
        if (refusal is not null)
        {
            return refusal;
        }

        var listing = await FindAsync(page, slug, id, find);
        if (listing is null)
        {
            return Layout.NotFound(page);
        }

        var t = page.T;
        var main = H.Of($"""
            <h1>{t["delete.title"]}</h1>
            <p>{t["delete.question"]} <strong lang="{listing.Language}">{listing.Title}</strong></p>
            <p>{t["delete.explain"]}</p>
            <form method="post" action="/members/{slug}/listings/{id}/delete">{page.AntiforgeryField()}
            <p><button type="submit" class="danger">{t["delete.confirm"]}</button> <a href="/members/{slug}">{t["delete.cancel"]}</a></p>
            </form>
            """);
        return Layout.Page(page, t["delete.title"], main);
    }

    private static async Task<IResult> DeleteAsync(string slug, string id, HttpContext http, DeleteListing delete)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug, MemberRole.Editor, post: true);
        if (refusal is not null)
        {
            return refusal;
        }

        try
        {
            await delete.ExecuteAsync(page.UserId!.Value, slug, id, page.Aborted);
            return Results.Redirect("/members/" + Uri.EscapeDataString(slug));
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }
        catch (ForbiddenException)
        {
            return MemberPages.Forbidden(page);
        }
    }

    private static async Task<ListingView?> FindAsync(PageContext page, string slug, string id, FindListing find)
    {
        try
        {
            return await find.ExecuteAsync(page.UserId, slug, id, page.Aborted);
        }
        catch (NotFoundException)
        {
            return null;
        }
        catch (GoneException)
        {
            return null;
        }
    }

    private static IResult Render(PageContext page, string slug, ListingKind kind, ListingView? existing, FormFields fields, int status)
    {
        var t = page.T;
        var title = existing is null ? t.Format("members.newKind", t[ListingLinks.KindKey(kind)]) : t.Format("members.editTitle", existing.Title);
        var action = existing is null ? $"/members/{Uri.EscapeDataString(slug)}/listings/new" : $"/members/{Uri.EscapeDataString(slug)}/listings/{Uri.EscapeDataString(existing.Id)}/edit";
        var main = H.Of($"<h1>{title}</h1><p><a href=\"/members/{slug}\">{t["nav.dashboard"]}</a></p>{ListingForm.Render(page, slug, kind, action, fields, existing is not null)}");
        return Layout.Page(page, title, main, status);
    }
}
