using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Directory;

/// <summary>
/// Groups the listings that federated in from one remote collective under it, followable funds, lines and
/// services first with their follower counts. The listings come from <see cref="SearchDirectory"/> (the one
/// query path), so the same visibility and status rules apply as everywhere else.
/// </summary>
public sealed class FindRemoteCollective(MutualAidDbContext db, SearchDirectory search)
{
    public async Task<RemoteCollectiveView> ExecuteAsync(string actorIri, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(actorIri) || !Uri.TryCreate(actorIri, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new NotFoundException("A remote collective is named by its actor IRI.");
        }

        var actor = await db.Set<RemoteActor>().AsNoTracking()
            .Where(a => a.Iri == actorIri && a.DeletedAt == null)
            .Select(a => new { a.Name, a.Username, a.Domain, a.ProfileUrl })
            .SingleOrDefaultAsync(cancellationToken);
        var page = await search.ExecuteAsync(new DirectoryQuery { Actor = actorIri, Origin = OriginKind.Remote, Limit = DirectoryQuery.MaxLimit }, cancellationToken);
        if (actor is null && page.Items.Count == 0)
        {
            throw new NotFoundException($"No collective {actorIri} has listings here.");
        }

        var handle = actor is { Username.Length: > 0 } ? $"{actor.Username}@{actor.Domain}" : null;
        return new RemoteCollectiveView
        {
            ActorIri = actorIri,
            Name = actor?.Name is { Length: > 0 } name ? name : handle ?? actorIri,
            Handle = handle,
            ProfileUrl = actor?.ProfileUrl,
            InstanceDomain = actor?.Domain ?? uri.Host.ToLowerInvariant(),
            Followable = [.. page.Items.Where(i => i.Followable)],
            Others = [.. page.Items.Where(i => !i.Followable)],
        };
    }
}
