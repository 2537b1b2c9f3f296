using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;

namespace MutualAid.Server.Api;

/// <summary>The minimal about page and the API index (the web pages come later).</summary>
public static class HomeEndpoints
{
    public sealed record ApiIndex(string Name, string Domain, string Version, IReadOnlyList<string> Collectives, IReadOnlyDictionary<string, string> Links);

    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", AboutAsync).ExcludeFromDescription();
        app.MapGet("/api/v1", IndexAsync).WithTags("About").WithName("ApiIndex");
        return app;
    }

    private static async Task<IResult> AboutAsync(MutualAidDbContext db, CancellationToken cancellationToken)
    {
        var instance = await db.Instance.AsNoTracking().SingleAsync(cancellationToken);
        var collectives = await db.Collectives.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Slug, c.Name, c.Summary }).ToListAsync(cancellationToken);
        var items = string.Concat(collectives.Select(c =>
            $"<li><a href=\"/api/v1/collectives/{Encode(c.Slug)}/listings\">{Encode(c.Name)}</a> — {Encode(c.Summary)}</li>"));
        var html = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{Encode(instance.Name)}</title></head>
            <body><h1>{Encode(instance.Name)}</h1><p>{Encode(instance.Description)}</p>
            <h2>Collectives</h2><ul>{items}</ul>
            <p>API: <a href="/api/v1">/api/v1</a> · OpenAPI: <a href="/openapi/v1.json">/openapi/v1.json</a></p></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
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
        }));
    }

    private static string Encode(string value) => System.Net.WebUtility.HtmlEncode(value);
}
