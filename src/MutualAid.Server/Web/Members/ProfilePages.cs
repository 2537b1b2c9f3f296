using MutualAid.Core.Collectives;
using MutualAid.Core.Validation;
using MutualAid.Server.Web.Localization;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Members;

/// <summary>Admins edit the collective's public profile through UpdateCollectiveProfile, as the API does.</summary>
public static class ProfilePages
{
    public static IEndpointRouteBuilder MapProfilePages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/members/{slug}/profile", ShowAsync).ExcludeFromDescription();
        app.MapPost("/members/{slug}/profile", SaveAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ShowAsync(string slug, HttpContext http, FindCollective find)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug, MemberRole.Admin);
        if (refusal is not null)
        {
            return refusal;
        }

        var profile = await find.ExecuteAsync(slug, page.Aborted);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = profile.Name,
            ["summary"] = profile.Summary,
            ["languages"] = string.Join(", ", profile.Languages),
            ["areaServed"] = profile.AreaServed,
            ["website"] = profile.Website ?? "",
            ["avatarUrl"] = profile.AvatarUrl ?? "",
            ["headerUrl"] = profile.HeaderUrl ?? "",
            ["frontGateContact"] = profile.FrontGateContact,
            ["manuallyApprovesFollowers"] = profile.ManuallyApprovesFollowers ? "true" : "",
        };
        return Render(page, slug, new FormFields(values, new Dictionary<string, string[]>()), saved: false, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SaveAsync(string slug, HttpContext http, UpdateCollectiveProfile update)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug, MemberRole.Admin, post: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var values = ListingFormFields.FromForm(await http.Request.ReadFormAsync(page.Aborted));
        var read = new FieldReader(values, new ValidationErrors());
        var input = new CollectiveProfileInput
        {
            Name = read.Text("name"),
            Summary = read.Text("summary"),
            Languages = read.List("languages"),
            AreaServed = read.Text("areaServed"),
            Website = read.Text("website"),
            AvatarUrl = read.Text("avatarUrl"),
            HeaderUrl = read.Text("headerUrl"),
            FrontGateContact = read.Text("frontGateContact"),
            // The form always shows the box, so an unchecked box means "no" (the API keeps the setting when omitted).
            ManuallyApprovesFollowers = read.Flag("manuallyApprovesFollowers"),
        };
        try
        {
            await update.ExecuteAsync(page.UserId!.Value, slug, input, page.Aborted);
            return Render(page, slug, new FormFields(values, new Dictionary<string, string[]>()), saved: true, StatusCodes.Status200OK);
        }
        catch (ValidationFailedException invalid)
        {
            return Render(page, slug, new FormFields(values, ValidationText.In(page.T, invalid.Messages)), saved: false, StatusCodes.Status400BadRequest);
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

    private static IResult Render(PageContext page, string slug, FormFields f, bool saved, int status)
    {
        var t = page.T;
        var main = H.Of($"""
            <h1>{t["profile.title"]}</h1>
            <p><a href="/members/{slug}">{t["nav.dashboard"]}</a></p>
            {(saved ? H.Of($"<p class=\"notice\" role=\"status\">{t["profile.saved"]}</p>") : H.Empty)}
            <form method="post" action="/members/{slug}/profile" novalidate>
            {page.AntiforgeryField()}
            {f.Summary(t["form.problems"])}
            {f.Input("name", t["profile.name"], required: true)}
            {f.TextArea("summary", t["profile.summary"])}
            {f.Input("languages", t["collective.languages"], hint: t["form.languagesHint"])}
            {f.Input("areaServed", t["collective.areaServed"])}
            {f.Input("website", t["collective.website"], "url")}
            {f.Input("avatarUrl", t["profile.avatar"], "url")}
            {f.Input("headerUrl", t["profile.header"], "url")}
            {f.TextArea("frontGateContact", t["collective.frontGate"])}
            {f.Checkbox("manuallyApprovesFollowers", t["profile.approveFollowers"])}
            <p><button type="submit">{t["form.save"]}</button></p>
            </form>
            """);
        return Layout.Page(page, t["profile.title"], main, status);
    }
}
