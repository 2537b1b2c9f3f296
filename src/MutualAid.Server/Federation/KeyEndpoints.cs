using System.Security.Claims;
using MutualAid.Core.Collectives;
using MutualAid.Federation.Publishing;
using MutualAid.Server.Auth;

namespace MutualAid.Server.Federation;

/// <summary>Key rotation (after a suspected leak) for a collective's admins; operators use <c>mutualaid key rotate</c>.</summary>
internal static class KeyEndpoints
{
    public sealed record RotatedKeyView(string KeyId, string PublicKeyPem, DateTimeOffset CreatedAt);

    public static void MapKeyEndpoints(this WebApplication app)
    {
        app.MapPost("/api/v1/collectives/{slug}/keys/rotate", async (string slug, ClaimsPrincipal user, CollectiveAccess access, RotateActorKey rotate, CancellationToken ct) =>
        {
            var collective = await access.RequireMemberAsync(user.RequiredUserId(), slug, MemberRole.Admin, ct);
            var pair = await rotate.ExecuteAsync(collective.Slug, ct);
            return TypedResults.Ok(new RotatedKeyView(pair.Rsa.KeyId, pair.Rsa.PublicKeyPem, pair.Rsa.Created));
        })
        .WithTags("Federation").RequireAuthorization()
        .WithSummary("Replaces the collective's RSA signing key and sends an Update of the actor to its followers (admins only).")
        .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
