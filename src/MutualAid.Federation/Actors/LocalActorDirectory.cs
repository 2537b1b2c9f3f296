using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;

namespace MutualAid.Federation.Actors;

/// <summary>Finds our actors by username or IRI. The one place that knows what backs each kind of actor.</summary>
public sealed class LocalActorDirectory(MutualAidDbContext db, FederationUris uris)
{
    public LocalActor Instance => new(LocalActorKind.Instance, 0, LocalActor.InstanceUsername, uris.Actor(LocalActor.InstanceUsername), null);

    public async Task<LocalActor?> FindByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        if (string.Equals(username, LocalActor.InstanceUsername, StringComparison.OrdinalIgnoreCase))
        {
            return Instance;
        }

        // Listing actors (collective.listing) come with the followable-listings issue; a dotted name is nobody yet.
        if (username.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var slug = username.ToLowerInvariant();
        var collective = await db.Collectives.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        return collective is null ? null : new LocalActor(LocalActorKind.Collective, collective.Id, collective.Slug, uris.Actor(collective.Slug), collective);
    }

    public Task<LocalActor?> FindByIriAsync(string iri, CancellationToken cancellationToken) =>
        uris.UsernameOf(iri) is { } username ? FindByUsernameAsync(username, cancellationToken) : Task.FromResult<LocalActor?>(null);

    public async Task<LocalActor?> FindByCollectiveIdAsync(long collectiveId, CancellationToken cancellationToken)
    {
        var collective = await db.Collectives.AsNoTracking().SingleOrDefaultAsync(c => c.Id == collectiveId, cancellationToken);
        return collective is null ? null : new LocalActor(LocalActorKind.Collective, collective.Id, collective.Slug, uris.Actor(collective.Slug), collective);
    }

    public LocalActor For(Core.Collectives.Collective collective)
    {
        ArgumentNullException.ThrowIfNull(collective);
        return new LocalActor(LocalActorKind.Collective, collective.Id, collective.Slug, uris.Actor(collective.Slug), collective);
    }
}
