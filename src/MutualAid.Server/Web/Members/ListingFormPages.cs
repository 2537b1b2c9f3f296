using MutualAid.Core.Collectives;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Input;
using MutualAid.Core.Listings.Views;
using MutualAid.Core.Validation;
using MutualAid.Server.Api;
using MutualAid.Server.Web.Localization;
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

        return await SubmitAsync(page, slug, existing: null, async input =>
            ListingLinks.Page(await create.ExecuteAsync(page.UserId!.Value, slug, input, page.Aborted)));
    }

    private static async Task<IResult> EditAsync(string slug, string id, HttpContext http, FindListingToEdit find)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug);
        if (refusal is not null)
        {
            return refusal;
        }

        var listing = await FindAsync(page, slug, id, find);
        return listing is null
            ? Layout.NotFound(page)
            : Render(page, slug, listing.View.Kind, listing.View, new FormFields(ListingFormFields.FromView(listing.View, listing.ExactPoint), NoErrors), StatusCodes.Status200OK);
    }

    private static async Task<IResult> UpdateAsync(string slug, string id, HttpContext http, FindListingToEdit find, UpdateListing update)
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

        return await SubmitAsync(page, slug, existing.View, async input =>
            ListingLinks.Page(await update.ExecuteAsync(page.UserId!.Value, slug, id, input, null, page.Aborted)));
    }

    /// <summary>
    /// The one path of a submitted listing form, new or edited: read the fields, save through the use case
    /// and go to the listing, or show the form again with every message beside its field.
    /// </summary>
    private static async Task<IResult> SubmitAsync(PageContext page, string slug, ListingView? existing, Func<ListingInput, Task<string>> save)
    {
        var fields = ListingFormFields.FromForm(await page.Http.Request.ReadFormAsync(page.Aborted));
        var errors = new ValidationErrors();
        var input = ListingFormFields.ToInput(fields, errors);
        var kind = existing?.Kind ?? input.Kind ?? ListingKind.Offer;
        IResult Again(IReadOnlyDictionary<string, string[]> messages, int status) =>
            Render(page, slug, kind, existing, new FormFields(fields, messages), status);

        if (!errors.IsEmpty)
        {
            return Again(ValidationText.In(page.T, errors.ToMessages()), StatusCodes.Status400BadRequest);
        }

        try
        {
            return Results.Redirect(await save(input));
        }
        catch (ValidationFailedException invalid)
        {
            return Again(ValidationText.In(page.T, invalid.Messages), StatusCodes.Status400BadRequest);
        }
        catch (VersionConflictException)
        {
            return Again(new Dictionary<string, string[]> { ["version"] = [page.T["form.conflict"]] }, StatusCodes.Status409Conflict);
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

    /// <summary>Closing is an edit of the status only, so it goes through UpdateListing like any edit.</summary>
    private static async Task<IResult> CloseAsync(string slug, string id, HttpContext http, FindListingToEdit find, UpdateListing update)
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
        var fields = ListingFormFields.FromView(existing.View, existing.ExactPoint);
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
            return Render(page, slug, existing.View.Kind, existing.View, new FormFields(fields, ValidationText.In(page.T, invalid.Messages)), StatusCodes.Status400BadRequest);
        }
        catch (ForbiddenException)
        {
            return MemberPages.Forbidden(page);
        }
    }

    private static async Task<IResult> ConfirmDeleteAsync(string slug, string id, HttpContext http, FindListingToEdit find)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug);
        if (refusal is not null)
        {
            return refusal;
        }

        var found = await FindAsync(page, slug, id, find);
        if (found is null)
        {
            return Layout.NotFound(page);
        }

        var listing = found.View;
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

    private static async Task<ListingToEdit?> FindAsync(PageContext page, string slug, string id, FindListingToEdit find)
    {
        try
        {
            return await find.ExecuteAsync(page.UserId!.Value, slug, id, page.Aborted);
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
