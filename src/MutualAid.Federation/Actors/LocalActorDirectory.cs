using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Actors;

namespace MutualAid.Federation.Actors;

/// <summary>Finds our actors by username or IRI. The one place that knows what backs each kind of actor.</summary>
public sealed class LocalActorDirectory(MutualAidDbContext db, FederationUris uris)
{
    public LocalActor Instance => new(LocalActorKind.Instance, 0, LocalActor.InstanceUsername, uris.Actor(LocalActor.InstanceUsername), null);

    public async Task<LocalActor?> FindByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(username);
        if (string.Equals(username, LocalActor.InstanceUsername, StringComparison.OrdinalIgnoreCase))
        {
            return Instance;
        }

        // collective.listing: a followable fund, contact or service (vocabulary 4.2).
        if (username.Contains('.', StringComparison.Ordinal))
        {
            return await FindListingActorAsync(username.ToLowerInvariant(), cancellationToken);
        }

        var slug = username.ToLowerInvariant();
        var collective = await db.Collectives.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        return collective is null ? null : For(collective);
    }

    public Task<LocalActor?> FindByIriAsync(string iri, CancellationToken cancellationToken) =>
        uris.UsernameOf(iri) is { } username ? FindByUsernameAsync(username, cancellationToken) : Task.FromResult<LocalActor?>(null);

    /// <summary>
    /// The actor that signs an activity we queued: a live actor, or a listing actor that was just retired, whose
    /// keys still sign its own Delete (followers verify it with the key they cached).
    /// </summary>
    public async Task<LocalActor?> FindSenderByIriAsync(string iri, CancellationToken cancellationToken)
    {
        if (await FindByIriAsync(iri, cancellationToken) is { } live)
        {
            return live;
        }

        var tombstone = await FindTombstoneAsync(uris.UsernameOf(iri) ?? "", cancellationToken);
        if (tombstone is null)
        {
            return null;
        }

        var listing = await db.Listings.AsNoTracking().SingleOrDefaultAsync(l => l.PublicId == tombstone.ListingPublicId, cancellationToken);
        var collective = tombstone.CollectiveId is { } id ? await db.Collectives.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        var keyOwner = listing?.Id ?? await ListingIdOfKeysAsync(tombstone.ActorIri, cancellationToken);
        return keyOwner is { } owner ? new LocalActor(LocalActorKind.Listing, owner, tombstone.Username, tombstone.ActorIri, collective) { Listing = listing } : null;
    }

    /// <summary>The tombstone of a retired listing actor, or null.</summary>
    public Task<ListingActorTombstone?> FindTombstoneAsync(string username, CancellationToken cancellationToken)
    {
        var name = username.ToLowerInvariant();
        return db.Set<ListingActorTombstone>().AsNoTracking().SingleOrDefaultAsync(t => t.Username == name, cancellationToken);
    }

    public async Task<LocalActor?> FindByCollectiveIdAsync(long collectiveId, CancellationToken cancellationToken)
    {
        var collective = await db.Collectives.AsNoTracking().SingleOrDefaultAsync(c => c.Id == collectiveId, cancellationToken);
        return collective is null ? null : For(collective);
    }

    public LocalActor For(Collective collective)
    {
        ArgumentNullException.ThrowIfNull(collective);
        return new LocalActor(LocalActorKind.Collective, collective.Id, collective.Slug, uris.Actor(collective.Slug), collective);
    }

    /// <summary>The actor of a listing that has an actor slug (followable now, or just turned off).</summary>
    public LocalActor For(Listing listing, Collective collective)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(collective);
        var slug = listing.ActorSlug ?? throw new InvalidOperationException($"Listing {listing.PublicId} has no actor slug, so it has no actor.");
        var username = ListingActorNames.Username(collective.Slug, slug);
        return new LocalActor(LocalActorKind.Listing, listing.Id, username, uris.Actor(username), collective) { Listing = listing };
    }

    /// <summary>Only funds, contacts and services can be followed (vocabulary 4.2).</summary>
    public static bool CanBeFollowed(ListingKind kind) => kind is ListingKind.Fund or ListingKind.Contact or ListingKind.Service;

    private async Task<LocalActor?> FindListingActorAsync(string username, CancellationToken cancellationToken)
    {
        if (ListingActorNames.Split(username) is not var (collectiveSlug, actorSlug))
        {
            return null;
        }

        var collective = await db.Collectives.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == collectiveSlug, cancellationToken);
        if (collective is null)
        {
            return null;
        }

        var listing = await db.Listings.AsNoTracking()
            .SingleOrDefaultAsync(l => l.CollectiveId == collective.Id && l.ActorSlug == actorSlug && l.Followable, cancellationToken);
        return listing is not null && CanBeFollowed(listing.Kind) ? For(listing, collective) : null;
    }

    /// <summary>A deleted listing's actor keys are still owned by the old listing id; the key id names the actor.</summary>
    private async Task<long?> ListingIdOfKeysAsync(string actorIri, CancellationToken cancellationToken)
    {
        var keyId = actorIri + "#main-key";
        return await db.ActorKeys.AsNoTracking()
            .Where(k => k.OwnerKind == Core.Keys.ActorKeyOwner.Listing && k.KeyId == keyId)
            .Select(k => (long?)k.OwnerId)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
