using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;

namespace MutualAid.Server.Api;

/// <summary>The API index (the HTML home and about pages are in Web/).</summary>
public static class HomeEndpoints
{
    public sealed record ApiIndex(string Name, string Domain, string Version, IReadOnlyList<string> Collectives, IReadOnlyDictionary<string, string> Links);

    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/v1", IndexAsync).WithTags("About").WithName("ApiIndex");
        return app;
    }

    private static async Task<IResult> IndexAsync(MutualAidDbContext db, CancellationToken cancellationToken)
    {
        var instance = await db.Instance.AsNoTracking().SingleAsync(cancellationToken);
        var slugs = await db.Collectives.AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync(cancellationToken);
        return Results.Ok(new ApiIndex(instance.Name, instance.Domain, "v1", slugs, new Dictionary<string, string>
        {
            ["openapi"] = "/openapi/v1.json",
            ["token"] = "/api/v1/auth/token",
            ["collective"] = "/api/v1/collectives/{slug}",
            ["listings"] = "/api/v1/collectives/{slug}/listings",
            ["search"] = "/api/v1/directory/search",
        }));
    }
}
