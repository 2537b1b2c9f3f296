using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MutualAid.Core.Directory;
using MutualAid.Core.Validation;
using MutualAid.Federation.Conversion;
using MutualAid.Server.Web;

namespace MutualAid.Server.Api;

/// <summary>GET /api/v1/directory/search: the directory search as JSON, the same query path as the pages and feeds.</summary>
public static class DirectoryEndpoints
{
    /// <summary>The query parameters, declared so the OpenAPI document lists them (see <see cref="SearchParameters"/>).</summary>
    public sealed record SearchRequest(
        [FromQuery(Name = "q")] string? Q,
        [FromQuery(Name = "kind")] string? Kind,
        [FromQuery(Name = "category")] string? Category,
        [FromQuery(Name = "status")] string? Status,
        [FromQuery(Name = "language")] string? Language,
        [FromQuery(Name = "collective")] string? Collective,
        [FromQuery(Name = "instance")] string? Instance,
        [FromQuery(Name = "origin")] string? Origin,
        [FromQuery(Name = "actor")] string? Actor,
        [FromQuery(Name = "includeStale")] string? IncludeStale,
        [FromQuery(Name = "place")] string? Place,
        [FromQuery(Name = "lat")] string? Lat,
        [FromQuery(Name = "lon")] string? Lon,
        [FromQuery(Name = "radius")] string? Radius,
        [FromQuery(Name = "open")] string? Open,
        [FromQuery(Name = "urgency")] string? Urgency,
        [FromQuery(Name = "sort")] string? Sort,
        [FromQuery(Name = "limit")] string? Limit,
        [FromQuery(Name = "cursor")] string? Cursor)
    {
        public string? Get(string name) => name switch
        {
            "q" => Q,
            "kind" => Kind,
            "category" => Category,
            "status" => Status,
            "language" => Language,
            "collective" => Collective,
            "instance" => Instance,
            "origin" => Origin,
            "actor" => Actor,
            "includeStale" => IncludeStale,
            "place" => Place,
            "lat" => Lat,
            "lon" => Lon,
            "radius" => Radius,
            "open" => Open,
            "urgency" => Urgency,
            "sort" => Sort,
            "limit" => Limit,
            "cursor" => Cursor,
            _ => null,
        };
    }

    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/v1/directory/search", SearchAsync).WithTags("Directory").WithName("SearchDirectory")
            .WithSummary("Searches public listings, local and federated; only open ones unless status says otherwise.")
            .WithDescription("q: full text in any language; kind, category, status, urgency (minimum, needs only): enum values; " +
                "language: BCP 47; collective: slug; instance: domain; origin: local|remote; actor: a remote collective's actor IRI; " +
                "includeStale=true: also listings whose instance stopped answering (each hit says stale and staleSince); " +
                "place: a place name our listings use, " +
                "or lat+lon; radius: km (default 25); open=now: services and contacts open now; sort: newest|nearest|urgent; " +
                "limit: 1-100; cursor: from nextCursor (or previousCursor, null on the first page). " +
                "hiddenStale (answer): without includeStale, how many matching listings were left out because their instance stopped " +
                "answering; counted on the last page only (nextCursor null), at most 100 (hiddenStaleCapped: true when there are more); " +
                "absent when none were hidden or not counted. Repeat the search with includeStale=true to see them.")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Ok<DirectoryPage>> SearchAsync([AsParameters] SearchRequest request, SearchDirectory search, RemoteHtml html, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var query = SearchParameters.Read(request.Get, errors);
        errors.ThrowIfAny();
        return TypedResults.Ok(RemoteListingViews.Sanitized(await search.ExecuteAsync(query, cancellationToken), html));
    }
}
