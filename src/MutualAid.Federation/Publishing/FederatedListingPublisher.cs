using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Actors;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// The use cases' <see cref="IListingPublisher"/> once federation is on: Create, Update and Delete of the
/// listing Note to the collective's followers (and, for a followable listing, its own actor's followers),
/// addressed by visibility; Update of the actor on profile edits. What a listing's own actor sends is in
/// <see cref="ListingActorPublisher"/>.
/// </summary>
public sealed class FederatedListingPublisher(
    Outbox outbox, LocalActorDirectory actors, LocalActorKeys keys, ListingActorPublisher listingActors, FederationUris uris, MutualAidDbContext db, TimeProvider time) : IListingPublisher
{
    /// <summary>
    /// A listing created followable has an actor with no followers yet (and no row id to own its keys before the
    /// save), so there is nothing to announce: its Note already names the actor.
    /// </summary>
    public Task ListingCreatedAsync(Listing listing, Collective collective, CancellationToken cancellationToken) =>
        SendNoteAsync("Create", listing, collective, cancellationToken);

    public async Task ListingUpdatedAsync(Listing listing, ListingSnapshot before, Collective collective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(collective);
        await SendNoteAsync("Update", listing, collective, cancellationToken);
        var wasFollowable = before.Followable && before.ActorSlug is not null && LocalActorDirectory.CanBeFollowed(listing.Kind);
        var isFollowable = DomainToAs.ListingActorUsername(listing, collective.Slug) is not null;
        if (isFollowable && wasFollowable)
        {
            await listingActors.NewsAsync(listing, before, collective, cancellationToken);
            await listingActors.UpdateProfileAsync(listing, collective, cancellationToken);
        }
        else if (isFollowable)
        {
            await listingActors.StartAsync(listing, collective, cancellationToken);
        }
        else if (wasFollowable)
        {
            await listingActors.RetireAsync(listing, collective, cancellationToken);
        }
    }

    public async Task ListingDeletedAsync(Listing listing, ListingTombstone tombstone, Collective collective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(tombstone);
        ArgumentNullException.ThrowIfNull(collective);
        var actor = actors.For(collective);
        var addressing = DomainToAs.NoteAddressing(listing, collective.Slug, uris);
        var activity = DomainToAs.Activity(outbox.NewActivityIri(), "Delete", actor.Iri,
            DomainToAs.Tombstone(uris.Listing(listing.PublicId), tombstone.DeletedAt), addressing, time.GetUtcNow());
        await outbox.AddAsync(actor, activity, await InboxesAsync(listing, collective, cancellationToken), listing.Visibility == ListingVisibility.Public, cancellationToken);
        if (DomainToAs.ListingActorUsername(listing, collective.Slug) is not null)
        {
            await listingActors.RetireAsync(listing, collective, cancellationToken);
        }
    }

    public async Task CollectiveProfileUpdatedAsync(Collective collective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(collective);
        await ActorUpdatedAsync(actors.For(collective), cancellationToken);

        // Listing actors show the collective's name and avatar: their followers' servers get the new profile too.
        var followable = await db.Listings.AsNoTracking()
            .Where(l => l.CollectiveId == collective.Id && l.Followable && l.ActorSlug != null)
            .ToListAsync(cancellationToken);
        foreach (var listing in followable.Where(l => DomainToAs.ListingActorUsername(l, collective.Slug) is not null))
        {
            await listingActors.UpdateProfileAsync(listing, collective, cancellationToken);
        }
    }

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
        var addressing = DomainToAs.NoteAddressing(listing, collective.Slug, uris);
        var activity = DomainToAs.Activity(outbox.NewActivityIri(), type, actor.Iri, note, addressing, time.GetUtcNow());
        await outbox.AddAsync(actor, activity, await InboxesAsync(listing, collective, cancellationToken), listing.Visibility == ListingVisibility.Public, cancellationToken);
    }

    /// <summary>The collective's followers and, while the listing is followable, its own actor's followers (one request per inbox).</summary>
    private async Task<IReadOnlyList<string>> InboxesAsync(Listing listing, Collective collective, CancellationToken cancellationToken)
    {
        var inboxes = new List<string>(await outbox.FollowerInboxesAsync(uris.Actor(collective.Slug), cancellationToken));
        if (DomainToAs.ListingActorUsername(listing, collective.Slug) is { } username)
        {
            inboxes.AddRange(await outbox.FollowerInboxesAsync(uris.Actor(username), cancellationToken));
        }

        return [.. inboxes.Distinct(StringComparer.Ordinal)];
    }
}
