using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using MutualAid.Core.Validation;
using MutualAid.Federation;
using MutualAid.Federation.Instances;
using MutualAid.Server.Auth;
using MutualAid.Server.Federation;
using MutualAid.Server.Web.Paging;

namespace MutualAid.Server.Api;

/// <summary>
/// The API twins of the discovery page: <c>GET /api/v1/directory/instances</c> (public) and
/// <c>POST /api/v1/directory/follows</c> (instance operators: the instance actor follows a remote collective).
/// </summary>
public static class InstanceDirectoryEndpoints
{
    /// <summary>A remote collective to add, by handle (<c>@food-bank@example.org</c>) or by actor URL.</summary>
    public sealed record DirectoryFollowInput(string? Handle, string? Actor);

    /// <summary>One page of known instances, by domain; nextCursor is null on the last page, previousCursor on the first.</summary>
    public sealed record KnownInstancesPage(IReadOnlyList<KnownInstanceView> Instances, string? NextCursor, string? PreviousCursor);

    public static IEndpointRouteBuilder MapInstanceDirectoryEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/v1/directory/instances", ListAsync).WithTags("Directory").WithName("ListKnownInstances")
            .WithSummary("The other instances this directory knows (from follows, followers, listings and NodeInfo) and the collectives known there.")
            .WithDescription("Paged by domain (ordinal order, each domain once). limit: 1-100 (default 20); cursor: nextCursor or " +
                "previousCursor of a page (opaque). The same links come as a Link header (rel=next, rel=prev). 400 problem+json for a bad limit or cursor.")
            .Produces<KnownInstancesPage>().ProducesValidationProblem();
        app.MapPost("/api/v1/directory/follows", FollowAsync).WithTags("Directory").WithName("AddToDirectory").RequireAuthorization()
            .WithSummary("Instance operators only: the instance actor follows a remote collective, so its listings come to the directory.")
            .WithDescription("Give handle (@collective@host) or actor (its actor URL). 202 when a Follow was sent, 200 when the directory " +
                "already follows it (pending or accepted). 422 when the domain is blocked, 502 when the collective cannot be looked up.")
            .Accepts<DirectoryFollowInput>("application/json")
            .Produces<DirectoryFollowResult>(StatusCodes.Status202Accepted).Produces<DirectoryFollowResult>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status502BadGateway);
        return app;
    }

    private static async Task<IResult> ListAsync(
        [FromQuery(Name = "limit")] string? limit, [FromQuery(Name = "cursor")] string? cursor, HttpContext http, ListKnownInstances list, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = PageParameters.Read(name => name == "limit" ? limit : name == "cursor" ? cursor : null, errors);
        // Bad limit or cursor: ValidationFailedException, 400 problem+json through the API's exception handler.
        errors.ThrowIfAny();
        var page = await list.ExecuteAsync(request, cancellationToken);
        if (Pager.LinkHeader(http.Request, page.PreviousCursor, page.NextCursor) is { } link)
        {
            http.Response.Headers.Link = link;
        }

        return TypedResults.Ok(new KnownInstancesPage(page.Items, page.NextCursor, page.PreviousCursor));
    }

    private static async Task<IResult> FollowAsync(
        DirectoryFollowInput input, ClaimsPrincipal user, InstanceOperators operators, AddToDirectory add, CancellationToken cancellationToken)
    {
        if (!await operators.IsOperatorAsync(user.UserId(), cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.",
                detail: "Only instance operators (MutualAid:Federation:Operators) may add collectives to the directory.");
        }

        try
        {
            // Validation failures surface as 400 problem+json through the API's exception handler.
            var result = await add.ExecuteAsync(input.Handle, input.Actor, cancellationToken);
            return result.Created ? TypedResults.Json(result, statusCode: StatusCodes.Status202Accepted) : TypedResults.Ok(result);
        }
        catch (FederationRefusedException refused)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused by this instance's federation policy.", detail: refused.Message);
        }
        catch (RemoteLookupFailedException failed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The collective could not be looked up.", detail: failed.Message);
        }
    }
}
