using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MutualAid.Core.Collectives;
using MutualAid.Server.Auth;

namespace MutualAid.Server.Api;

/// <summary>/api/v1/collectives/{slug}: the collective's public profile.</summary>
public static class CollectiveEndpoints
{
    public static IEndpointRouteBuilder MapCollectiveEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/collectives").WithTags("Collectives").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{slug}", FindAsync).WithName("GetCollective");
        group.MapPut("/{slug}", UpdateAsync).WithName("UpdateCollective").RequireAuthorization()
            .WithSummary("Replaces the collective's profile (admins of the collective only).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<Ok<CollectiveView>> FindAsync(string slug, FindCollective find, CancellationToken cancellationToken) =>
        TypedResults.Ok(await find.ExecuteAsync(slug, cancellationToken));

    private static async Task<Ok<CollectiveView>> UpdateAsync(
        string slug, CollectiveProfileInput profile, ClaimsPrincipal user, UpdateCollectiveProfile update, CancellationToken cancellationToken) =>
        TypedResults.Ok(await update.ExecuteAsync(user.RequiredUserId(), slug, profile, cancellationToken));
}
