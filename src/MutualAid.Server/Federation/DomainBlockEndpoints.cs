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
        group.MapGet("", async (HttpContext http, MutualAidDbContext db, IOptions<FederationOptions> options, CancellationToken ct) =>
            !await IsOperatorAsync(http, db, options.Value, ct) ? Results.Forbid()
            : Results.Ok(await db.Set<DomainBlock>().AsNoTracking().OrderBy(b => b.Domain).Select(b => new DomainBlockView(b.Domain, b.Reason, b.CreatedAt)).ToListAsync(ct)));
        group.MapPost("", async (DomainBlockInput input, HttpContext http, MutualAidDbContext db, IOptions<FederationOptions> options, DomainRules rules, Defederation defederation, TimeProvider time, CancellationToken ct) =>
        {
            if (!await IsOperatorAsync(http, db, options.Value, ct))
            {
                return Results.Forbid();
            }

            var domain = input.Domain.Trim().ToLowerInvariant();
            if (Uri.CheckHostName(domain) != UriHostNameType.Dns)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["domain"] = ["A host name such as spam.example."] });
            }

            if (!await db.Set<DomainBlock>().AnyAsync(b => b.Domain == domain, ct))
            {
                db.Set<DomainBlock>().Add(new DomainBlock { Domain = domain, Reason = input.Reason ?? "", CreatedAt = time.GetUtcNow() });
                await db.SaveChangesAsync(ct);
                rules.Invalidate();
            }

            // At once, not at the next chore: the operator blocked the domain because of what it sent.
            var severed = await defederation.RunAsync(ct);
            return Results.Created($"/api/v1/admin/federation/domain-blocks/{domain}", new
            {
                domain,
                removed = new { severed.Followers, severed.Follows, severed.Listings, severed.Interactions, severed.DeliveryJobs },
            });
        });
        group.MapDelete("/{domain}", async (string domain, HttpContext http, MutualAidDbContext db, IOptions<FederationOptions> options, DomainRules rules, CancellationToken ct) =>
        {
            if (!await IsOperatorAsync(http, db, options.Value, ct))
            {
                return Results.Forbid();
            }

            var removed = await db.Set<DomainBlock>().Where(b => b.Domain == domain.ToLowerInvariant()).ExecuteDeleteAsync(ct);
            rules.Invalidate();
            return removed == 0 ? Results.NotFound() : Results.NoContent();
        });
    }

    private static Task<bool> IsOperatorAsync(HttpContext http, MutualAidDbContext db, FederationOptions options, CancellationToken ct) =>
        InstanceOperators.IsOperatorAsync(http.User.UserId(), db, options, ct);
}
