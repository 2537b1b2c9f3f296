using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using MutualAid.Core.Accounts;
using MutualAid.Server.Auth;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Members;

/// <summary>
/// Sign in and out of the members' pages: the same accounts and Argon2id check as the API (the SignIn use
/// case) and the same per-account and per-address throttle, behind antiforgery-protected forms.
/// </summary>
public static partial class SignInPages
{
    public static IEndpointRouteBuilder MapSignInPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/signin", ShowAsync).ExcludeFromDescription();
        app.MapPost("/signin", SignInAsync).ExcludeFromDescription().DisableAntiforgery();
        app.MapPost("/signout", SignOutAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, string? returnUrl)
    {
        var page = await PageContext.CreateAsync(http);
        return Form(page, "", LocalPath(returnUrl), null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, SignIn signIn, LoginThrottle throttle, ILoggerFactory loggers)
    {
        var page = await PageContext.CreateAsync(http);
        var t = page.T;
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Form(page, "", "/members", t["form.expired"], StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(page.Aborted);
        var email = form["email"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = LocalPath(form["returnUrl"]);
        if (email.Length == 0 || password.Length == 0)
        {
            return Form(page, email, returnUrl, t["signin.required"], StatusCodes.Status400BadRequest);
        }

        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(address, email) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Form(page, email, returnUrl, t.Format("signin.throttled", seconds), StatusCodes.Status429TooManyRequests);
        }

        var user = await signIn.ExecuteAsync(email, password, page.Aborted);
        if (user is null)
        {
            throttle.RecordFailure(address, email);
            LogFailedSignIn(loggers.CreateLogger(typeof(SignInPages)), address);
            return Form(page, email, returnUrl, t["signin.wrong"], StatusCodes.Status401Unauthorized);
        }

        throttle.RecordSuccess(email);
        await WebSession.SignInAsync(http, user.Id, user.Email);
        return Results.Redirect(returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        await WebSession.SignOutAsync(http);
        return Results.Redirect("/");
    }

    /// <summary>Only paths on this site, so the sign-in form cannot be used to bounce people elsewhere.</summary>
    public static string LocalPath(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/members";

    private static IResult Form(PageContext page, string email, string returnUrl, string? error, int status)
    {
        var t = page.T;
        var main = H.Of($"""
            <h1>{t["signin.title"]}</h1>
            {(error is null ? H.Empty : H.Of($"<p class=\"notice error\" role=\"alert\" id=\"signin-error\">{error}</p>"))}
            <form method="post" action="/signin" class="narrow">
            {page.AntiforgeryField()}
            <input type="hidden" name="returnUrl" value="{returnUrl}">
            <div class="field"><label for="email">{t["signin.email"]}</label><input id="email" name="email" type="email" autocomplete="username" required value="{email}"></div>
            <div class="field"><label for="password">{t["signin.password"]}</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
            <p><button type="submit">{t["signin.submit"]}</button></p>
            </form>
            """);
        return Layout.Page(page, t["signin.title"], main, status);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed web sign-in from {Address}")]
    private static partial void LogFailedSignIn(ILogger logger, string address);
}
