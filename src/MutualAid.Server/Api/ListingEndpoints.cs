using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Input;
using MutualAid.Core.Listings.Views;
using MutualAid.Core.Validation;
using MutualAid.Server.Auth;

namespace MutualAid.Server.Api;

/// <summary>/api/v1/collectives/{slug}/listings: thin HTTP over the listing use cases.</summary>
public static class ListingEndpoints
{
    public static IEndpointRouteBuilder MapListingEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/collectives/{slug}/listings")
            .WithTags("Listings")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("", ListAsync).WithName("ListListings")
            .WithSummary("Lists a collective's listings, newest first (members also see unlisted and followers-only ones).")
            .ProducesValidationProblem();
        group.MapPost("", CreateAsync).WithName("CreateListing").RequireAuthorization()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id}", FindAsync).WithName("GetListing").ProducesProblem(StatusCodes.Status410Gone);
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateListing").RequireAuthorization()
            .WithSummary("Replaces a listing. Send the version you edited as If-Match or the 'version' field; a stale version gets 409.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteListing").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Ok<ListingPage>> ListAsync(
        string slug,
        [FromQuery] string? kind,
        [FromQuery] string? status,
        [FromQuery] string? category,
        [FromQuery] string? language,
        [FromQuery] string? q,
        [FromQuery] string? limit,
        [FromQuery] string? cursor,
        ClaimsPrincipal user,
        ListListings listings,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var filter = new ListingFilter
        {
            Kind = QueryValues.Enum<ListingKind>(kind, "kind", errors),
            Status = QueryValues.Enum<ListingStatus>(status, "status", errors),
            Category = QueryValues.Enum<Category>(category, "category", errors),
            Language = language,
            Query = q,
            Limit = QueryValues.Integer(limit, "limit", errors) ?? ListingFilter.DefaultLimit,
            Cursor = cursor,
        };
        ListListings.CheckFilter(filter, errors);
        errors.ThrowIfAny();
        return TypedResults.Ok(await listings.ExecuteAsync(user.UserId(), slug, filter, cancellationToken));
    }

    private static async Task<Created<ListingView>> CreateAsync(
        string slug, ListingInput input, ClaimsPrincipal user, HttpContext http, CreateListing create, CancellationToken cancellationToken)
    {
        var view = await create.ExecuteAsync(user.RequiredUserId(), slug, input, cancellationToken);
        http.Response.Headers.ETag = ETags.ForVersion(view.Version);
        return TypedResults.Created($"/api/v1/collectives/{slug}/listings/{view.Id}", view);
    }

    private static async Task<Ok<ListingView>> FindAsync(
        string slug, string id, ClaimsPrincipal user, HttpContext http, FindListing find, CancellationToken cancellationToken)
    {
        var view = await find.ExecuteAsync(user.UserId(), slug, id, cancellationToken);
        http.Response.Headers.ETag = ETags.ForVersion(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<ListingView>> UpdateAsync(
        string slug, string id, ListingInput input, [FromHeader(Name = "If-Match")] string? ifMatch,
        ClaimsPrincipal user, HttpContext http, UpdateListing update, CancellationToken cancellationToken)
    {
        var view = await update.ExecuteAsync(user.RequiredUserId(), slug, id, input, ETags.ParseIfMatch(ifMatch), cancellationToken);
        http.Response.Headers.ETag = ETags.ForVersion(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<NoContent> DeleteAsync(
        string slug, string id, ClaimsPrincipal user, DeleteListing delete, CancellationToken cancellationToken)
    {
        await delete.ExecuteAsync(user.RequiredUserId(), slug, id, cancellationToken);
        return TypedResults.NoContent();
    }
}
