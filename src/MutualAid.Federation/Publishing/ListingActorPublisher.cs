using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.ActivityPub.Addressing;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Actors;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// What a followable fund, contact or service's own actor sends (vocabulary 4.2 and 9): an Announce of its
/// listing when it becomes followable, news Notes when an edit changes what followers care about, and a
/// Delete of itself (plus a tombstone) when following is turned off or the listing is deleted. Only the
/// listing actor's followers are addressed: the collective's followers do not get its news.
/// </summary>
public sealed class ListingActorPublisher(Outbox outbox, LocalActorDirectory actors, LocalActorKeys keys, FederationUris uris, MutualAidDbContext db, TimeProvider time)
{
    /// <summary>
    /// The listing just became followable: a handle this listing had before is revived, and the actor announces
    /// the Note (public and unlisted listings; a followers-only Note already reaches the actor's followers).
    /// </summary>
    public async Task StartAsync(Listing listing, Collective collective, CancellationToken cancellationToken)
    {
        var actor = actors.For(listing, collective);
        var retired = await db.Set<ListingActorTombstone>()
            .SingleOrDefaultAsync(t => t.Username == actor.Username && t.ListingPublicId == listing.PublicId, cancellationToken);
        if (retired is not null)
        {
            db.Set<ListingActorTombstone>().Remove(retired);
        }

        if (listing.Visibility == ListingVisibility.FollowersOnly)
        {
            return;
        }

        var addressing = Addressing.For(listing.Visibility, uris.Followers(actor.Username));
        var announce = DomainToAs.Activity(outbox.NewActivityIri(), "Announce", actor.Iri, JsonValue.Create(uris.Listing(listing.PublicId)), addressing, time.GetUtcNow());
        await outbox.AddAsync(actor, announce, await outbox.FollowerInboxesAsync(actor.Iri, cancellationToken), listing.Visibility == ListingVisibility.Public, cancellationToken);
    }

    /// <summary>A news Note (Create by the listing actor) saying what the edit changed; nothing when it changed nothing followers track.</summary>
    public async Task<bool> NewsAsync(Listing listing, ListingSnapshot before, Collective collective, CancellationToken cancellationToken)
    {
        var changes = ListingChanges.Describe(before, listing);
        if (changes.Count == 0)
        {
            return false;
        }

        var actor = actors.For(listing, collective);
        var now = time.GetUtcNow();
        var addressing = Addressing.For(listing.Visibility, uris.Followers(actor.Username));
        var note = DomainToAs.UpdateNote(uris.UpdateNote(PublicIds.New(time).ToLowerInvariant()), actor.Iri, listing, collective.Slug, changes, addressing, now, uris);
        var create = DomainToAs.Activity(outbox.NewActivityIri(), "Create", actor.Iri, note, addressing, now);
        await outbox.AddAsync(actor, create, await outbox.FollowerInboxesAsync(actor.Iri, cancellationToken), listing.Visibility == ListingVisibility.Public, cancellationToken);
        return true;
    }

    /// <summary>
    /// The listing actor's profile (its name and fact fields) follows the listing: followers' servers get an
    /// Update of the actor, as for a collective's profile edit, so Mastodon's cached profile stays current.
    /// </summary>
    public async Task UpdateProfileAsync(Listing listing, Collective collective, CancellationToken cancellationToken)
    {
        var actor = actors.For(listing, collective);
        var document = DomainToAs.ListingActor(actor, await keys.GetAsync(actor, cancellationToken), uris);
        document.Remove("@context");
        var addressing = new Addressing([PublicCollection.Iri], [uris.Followers(actor.Username)]);
        var activity = DomainToAs.Activity(outbox.NewActivityIri(), "Update", actor.Iri, document, addressing, time.GetUtcNow());
        activity["@context"] = MutualAidContext.ForActorUpdate();
        await outbox.AddAsync(actor, activity, await outbox.FollowerInboxesAsync(actor.Iri, cancellationToken), listed: false, cancellationToken);
    }

    /// <summary>
    /// Following was turned off or the listing deleted: the actor deletes itself to its followers (Mastodon then
    /// removes the account), its follows end, and a tombstone makes its URL answer 410 and keeps the handle taken.
    /// </summary>
    public async Task RetireAsync(Listing listing, Collective collective, CancellationToken cancellationToken)
    {
        var actor = actors.For(listing, collective);
        var now = time.GetUtcNow();
        var addressing = new Addressing([PublicCollection.Iri], [uris.Followers(actor.Username)]);
        var delete = DomainToAs.Activity(outbox.NewActivityIri(), "Delete", actor.Iri, JsonValue.Create(actor.Iri), addressing, now);
        await outbox.AddAsync(actor, delete, await outbox.FollowerInboxesAsync(actor.Iri, cancellationToken), listed: false, cancellationToken);

        var tombstone = await db.Set<ListingActorTombstone>().SingleOrDefaultAsync(t => t.Username == actor.Username, cancellationToken);
        if (tombstone is null)
        {
            tombstone = new ListingActorTombstone { Username = actor.Username, ActorIri = actor.Iri, ListingPublicId = listing.PublicId };
            db.Set<ListingActorTombstone>().Add(tombstone);
        }

        tombstone.CollectiveId = collective.Id;
        tombstone.DeletedAt = now;
        var follows = await db.Set<Follower>().Where(f => f.LocalActorIri == actor.Iri).ToListAsync(cancellationToken);
        db.Set<Follower>().RemoveRange(follows);
    }
}
