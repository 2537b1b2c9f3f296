using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Server.Auth;
using MutualAid.Server.Web.Html;
using MutualAid.Server.Web.Localization;
using MutualAid.Server.Web.Members;

namespace MutualAid.Server.Web;

/// <summary>What every page needs about the request: language, signed-in member, instance, CSRF token.</summary>
public sealed class PageContext
{
    private PageContext(HttpContext http, UiText text, long? userId, InstanceSummary instance)
    {
        Http = http;
        T = text;
        UserId = userId;
        Instance = instance;
    }

    public HttpContext Http { get; }

    /// <summary>The interface strings in the visitor's language.</summary>
    public UiText T { get; }

    /// <summary>The member signed in with the web session cookie, if any.</summary>
    public long? UserId { get; }

    public InstanceSummary Instance { get; }

    public CancellationToken Aborted => Http.RequestAborted;

    /// <remarks>
    /// Deliberately not <c>async</c>: the culture set here must outlive this call so the page formats dates and
    /// numbers in its language, and an async method's changes to the execution context end when it returns.
    /// </remarks>
    public static Task<PageContext> CreateAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var language = LanguagePreference.Resolve(http);
        var text = http.RequestServices.GetRequiredService<UiLanguages>().For(language);
        CultureInfo.CurrentCulture = text.Culture;
        CultureInfo.CurrentUICulture = text.Culture;
        return CreateAsync(http, text);
    }

    private static async Task<PageContext> CreateAsync(HttpContext http, UiText text)
    {
        var services = http.RequestServices;
        var session = await http.AuthenticateAsync(WebSession.Scheme);
        var userId = session.Succeeded ? session.Principal.UserId() : null;
        var db = services.GetRequiredService<MutualAidDbContext>();
        var instance = await db.Instance.AsNoTracking()
            .Select(i => new InstanceSummary(i.Name, i.Domain, i.Description, i.Contact))
            .FirstAsync(http.RequestAborted);
        return new PageContext(http, text, userId, instance);
    }

    /// <summary>The hidden antiforgery field every form posts back.</summary>
    public Html.Html AntiforgeryField()
    {
        var tokens = Http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(Http);
        return Html.Html.Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }

    /// <summary>The current page with a different interface language.</summary>
    public string WithLanguage(string language)
    {
        var query = Http.Request.Query
            .Where(pair => pair.Key != LanguagePreference.QueryName)
            .SelectMany(pair => pair.Value.Select(value => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(value ?? "")))
            .Append(LanguagePreference.QueryName + "=" + language);
        return Http.Request.Path + "?" + string.Join('&', query);
    }

    public ClaimsPrincipal User => Http.User;
}

public sealed record InstanceSummary(string Name, string Domain, string Description, string Contact);
