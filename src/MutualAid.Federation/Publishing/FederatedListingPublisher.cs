using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Instances;
using MutualAid.Core.Listings;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// The use cases' <see cref="IListingPublisher"/> once federation is on: Create, Update and Delete of the
/// listing Note to the collective's followers, addressed by visibility; Update of the actor on profile edits.
/// </summary>
public sealed class FederatedListingPublisher(Outbox outbox, LocalActorDirectory actors, LocalActorKeys keys, FederationUris uris, MutualAidDbContext db, TimeProvider time) : IListingPublisher
{
    public Task ListingCreatedAsync(Listing listing, Collective collective, CancellationToken cancellationToken) =>
        SendNoteAsync("Create", listing, collective, cancellationToken);

    public Task ListingUpdatedAsync(Listing listing, Collective collective, CancellationToken cancellationToken) =>
        SendNoteAsync("Update", listing, collective, cancellationToken);

    public async Task ListingDeletedAsync(Listing listing, ListingTombstone tombstone, Collective collective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(tombstone);
        var actor = actors.For(collective);
        var addressing = Addressing.For(listing.Visibility, uris.Followers(actor.Username));
        var activity = DomainToAs.Activity(outbox.NewActivityIri(), "Delete", actor.Iri,
            DomainToAs.Tombstone(uris.Listing(listing.PublicId), tombstone.DeletedAt), addressing, time.GetUtcNow());
        await outbox.AddAsync(actor, activity, await outbox.FollowerInboxesAsync(actor.Iri, cancellationToken), listing.Visibility == ListingVisibility.Public, cancellationToken);
    }

    public Task CollectiveProfileUpdatedAsync(Collective collective, CancellationToken cancellationToken) =>
        ActorUpdatedAsync(actors.For(collective), cancellationToken);

    /// <summary>Update of the actor document (profile edit, key rotation) to the actor's followers; added to the caller's unit of work.</summary>
    public async Task ActorUpdatedAsync(LocalActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var instance = await db.Instance.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var document = DomainToAs.Actor(actor, await keys.GetAsync(actor, cancellationToken), uris, instance?.Name ?? uris.Domain,
            instance?.CreatedAt ?? actor.Collective?.CreatedAt ?? time.GetUtcNow());
        document.Remove("@context");
        var addressing = new Addressing([ActivityPub.Addressing.PublicCollection.Iri], [uris.Followers(actor.Username)]);
        var activity = DomainToAs.Activity(outbox.NewActivityIri(), "Update", actor.Iri, document, addressing, time.GetUtcNow());
        // The actor document needs the security contexts to expand publicKey and assertionMethod.
        activity["@context"] = MutualAidContext.ForActorUpdate();
        await outbox.AddAsync(actor, activity, await outbox.FollowerInboxesAsync(actor.Iri, cancellationToken), listed: false, cancellationToken);
    }

    private async Task SendNoteAsync(string type, Listing listing, Collective collective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var actor = actors.For(collective);
        var note = DomainToAs.Note(listing, collective.Slug, uris);
        var addressing = Addressing.For(listing.Visibility, uris.Followers(actor.Username));
        var activity = DomainToAs.Activity(outbox.NewActivityIri(), type, actor.Iri, note, addressing, time.GetUtcNow());
        await outbox.AddAsync(actor, activity, await outbox.FollowerInboxesAsync(actor.Iri, cancellationToken), listing.Visibility == ListingVisibility.Public, cancellationToken);
    }
}
