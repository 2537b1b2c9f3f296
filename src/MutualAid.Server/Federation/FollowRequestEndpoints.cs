using System.Security.Claims;
using Microsoft.Extensions.Options;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Followers;
using MutualAid.Server.Auth;

namespace MutualAid.Server.Federation;

/// <summary>
/// Follow requests waiting for approval: a collective's (its admins decide) and the instance actor's (operators
/// decide). Unknown ids answer 404, already answered ones 409, both as problem+json.
/// </summary>
internal static class FollowRequestEndpoints
{
    public static void MapFollowRequestEndpoints(this WebApplication app)
    {
        var collective = app.MapGroup("/api/v1/collectives/{slug}/follow-requests").WithTags("Federation").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        collective.MapGet("", async (string slug, ClaimsPrincipal user, CollectiveAccess access, LocalActorDirectory actors, FollowRequests requests, CancellationToken ct) =>
            TypedResults.Ok(await requests.PendingAsync(await AdminActorAsync(slug, user, access, actors, ct), ct)))
            .WithSummary("Follows waiting for approval (collectives that approve followers by hand; admins only).");
        collective.MapPost("/{id:long}/accept", async (string slug, long id, ClaimsPrincipal user, CollectiveAccess access, LocalActorDirectory actors, FollowRequests requests, CancellationToken ct) =>
            TypedResults.Ok(await requests.AcceptAsync(await AdminActorAsync(slug, user, access, actors, ct), id, ct)))
            .WithSummary("Accepts a follow request; the Accept is queued for delivery.").ProducesProblem(StatusCodes.Status409Conflict);
        collective.MapPost("/{id:long}/reject", async (string slug, long id, ClaimsPrincipal user, CollectiveAccess access, LocalActorDirectory actors, FollowRequests requests, CancellationToken ct) =>
            TypedResults.Ok(await requests.RejectAsync(await AdminActorAsync(slug, user, access, actors, ct), id, ct)))
            .WithSummary("Rejects a follow request; the Reject is queued for delivery.").ProducesProblem(StatusCodes.Status409Conflict);

        var instance = app.MapGroup("/api/v1/admin/federation/follow-requests").WithTags("Federation").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        instance.MapGet("", async (ClaimsPrincipal user, MutualAidDbContext db, IOptions<FederationOptions> options, LocalActorDirectory actors, FollowRequests requests, CancellationToken ct) =>
            await InstanceOperators.IsOperatorAsync(user.UserId(), db, options.Value, ct) ? Results.Ok(await requests.PendingAsync(actors.Instance, ct)) : Results.Forbid())
            .WithSummary("Follows of the instance actor waiting for approval (instance operators only).");
        instance.MapPost("/{id:long}/accept", async (long id, ClaimsPrincipal user, MutualAidDbContext db, IOptions<FederationOptions> options, LocalActorDirectory actors, FollowRequests requests, CancellationToken ct) =>
            await InstanceOperators.IsOperatorAsync(user.UserId(), db, options.Value, ct) ? Results.Ok(await requests.AcceptAsync(actors.Instance, id, ct)) : Results.Forbid())
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        instance.MapPost("/{id:long}/reject", async (long id, ClaimsPrincipal user, MutualAidDbContext db, IOptions<FederationOptions> options, LocalActorDirectory actors, FollowRequests requests, CancellationToken ct) =>
            await InstanceOperators.IsOperatorAsync(user.UserId(), db, options.Value, ct) ? Results.Ok(await requests.RejectAsync(actors.Instance, id, ct)) : Results.Forbid())
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<LocalActor> AdminActorAsync(string slug, ClaimsPrincipal user, CollectiveAccess access, LocalActorDirectory actors, CancellationToken ct) =>
        actors.For(await access.RequireMemberAsync(user.RequiredUserId(), slug, MemberRole.Admin, ct));
}
