using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation;
using MutualAid.Federation.Policy;
using MutualAid.Server.Auth;

namespace MutualAid.Server.Federation;

/// <summary>
/// Instance operators (<c>MutualAid:Federation:Operators</c>, by e-mail) list, add and remove domain blocks. Adding one
/// cuts the domain's ties at once (<see cref="Defederation"/>) and answers with what went.
/// </summary>
internal static class DomainBlockEndpoints
{
    public sealed record DomainBlockInput(string Domain, string? Reason);

    public sealed record DomainBlockView(string Domain, string Reason, DateTimeOffset CreatedAt);

    public static void MapDomainBlockEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/admin/federation/domain-blocks").WithTags("Federation").RequireAuthorization();
        group.MapGet("", async (HttpContext http, MutualAidDbContext db, IOptions<FederationOptions> options, DomainBlocks blocks, CancellationToken ct) =>
            !await IsOperatorAsync(http, db, options.Value, ct) ? Results.Forbid()
            : Results.Ok((await blocks.ListAsync(ct)).Select(b => new DomainBlockView(b.Domain, b.Reason, b.CreatedAt))));
        group.MapPost("", async (DomainBlockInput input, HttpContext http, MutualAidDbContext db, IOptions<FederationOptions> options, DomainBlocks blocks, CancellationToken ct) =>
        {
            if (!await IsOperatorAsync(http, db, options.Value, ct))
            {
                return Results.Forbid();
            }

            // A bad domain or reason is a ValidationFailedException: 400 problem+json from the API's handler.
            var (domain, removed) = await blocks.AddAsync(input.Domain, input.Reason, ct);
            return Results.Created($"/api/v1/admin/federation/domain-blocks/{domain}", new
            {
                domain,
                removed = new { removed.Followers, removed.Follows, removed.Listings, removed.Interactions, removed.DeliveryJobs },
            });
        });
        group.MapDelete("/{domain}", async (string domain, HttpContext http, MutualAidDbContext db, IOptions<FederationOptions> options, DomainBlocks blocks, CancellationToken ct) =>
            !await IsOperatorAsync(http, db, options.Value, ct) ? Results.Forbid()
            : await blocks.RemoveAsync(domain, ct) ? Results.NoContent() : Results.NotFound());
    }

    private static Task<bool> IsOperatorAsync(HttpContext http, MutualAidDbContext db, FederationOptions options, CancellationToken ct) =>
        InstanceOperators.IsOperatorAsync(http.User.UserId(), db, options, ct);
}
