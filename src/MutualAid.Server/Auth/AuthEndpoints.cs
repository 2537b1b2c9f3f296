using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MutualAid.Core.Accounts;
using MutualAid.Core.Validation;

namespace MutualAid.Server.Auth;

/// <summary>/api/v1/auth: password login and refresh-token rotation.</summary>
public static partial class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapPost("/token", TokenAsync).WithName("Login")
            .WithSummary("Exchanges email and password for an access token and a refresh token.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/refresh", RefreshAsync).WithName("Refresh")
            .WithSummary("Exchanges a refresh token (once) for a new pair.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> TokenAsync(
        TokenRequest request, HttpContext http, SignIn signIn, LoginThrottle throttle, AccessTokens accessTokens,
        RefreshTokens refreshTokens, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            errors.Add("email", "Required.");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors.Add("password", "Required.");
        }

        errors.ThrowIfAny();
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(address, request.Email!) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed logins.",
                detail: $"Try again in {seconds} seconds.");
        }

        var user = await signIn.ExecuteAsync(request.Email!, request.Password!, cancellationToken);
        if (user is null)
        {
            throttle.RecordFailure(address, request.Email!);
            LogFailedLogin(loggers.CreateLogger(typeof(AuthEndpoints)), address);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong email or password.");
        }

        throttle.RecordSuccess(request.Email!);
        var refresh = await refreshTokens.IssueAsync(user.Id, cancellationToken);
        return TypedResults.Ok(new TokenResponse(accessTokens.Issue(user), "Bearer", (int)accessTokens.Lifetime.TotalSeconds, refresh));
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, AccessTokens accessTokens, RefreshTokens refreshTokens,
        [FromServices] Core.Data.MutualAidDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            throw new ValidationFailedException("refreshToken", "Required.");
        }

        var rotated = await refreshTokens.RotateAsync(request.RefreshToken, cancellationToken);
        var user = rotated is null ? null : await db.Users.FindAsync([rotated.Value.UserId], cancellationToken);
        if (rotated is null || user is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The refresh token is not valid (expired, revoked or already used).");
        }

        return TypedResults.Ok(new TokenResponse(accessTokens.Issue(user), "Bearer", (int)accessTokens.Lifetime.TotalSeconds, rotated.Value.Token));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed login from {Address}")]
    private static partial void LogFailedLogin(ILogger logger, string address);
}
