using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MutualAid.ActivityPub.Fetching;
using MutualAid.Core.Data;
using MutualAid.Core.Listings;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>Stores remote listing Notes for Create and Update (vocabulary section 10: authenticity, deletes win, updates replace).</summary>
public sealed partial class RemoteListings(
    MutualAidDbContext db, RemoteHtml html, RemoteActorStore remotes, ListingActorLinks listingActors, TimeProvider time, ILogger<RemoteListings> logger)
{
    /// <summary>A Note mentions a handful of actors at most; more candidates than this are not fetched.</summary>
    private const int MaxListingActorCandidates = 3;

    /// <summary>A cached listing actor older than this is refetched, which also refreshes its follower count.</summary>
    private static readonly TimeSpan ListingActorFreshness = TimeSpan.FromHours(1);

    public async Task UpsertAsync(Expanded note, string actorIri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.Id is not { } id || !IsAuthentic(note, actorIri))
        {
            return;
        }

        if (await db.ListingTombstones.AnyAsync(t => t.Origin.ObjectIri == id, cancellationToken))
        {
            return;
        }

        var existing = await db.Listings.SingleOrDefaultAsync(l => l.Origin.ObjectIri == id && l.CollectiveId == null, cancellationToken);
        if (existing is null)
        {
            var listing = AsToDomain.Listing(note, actorIri, html, time);
            if (listing is not null)
            {
                db.Listings.Add(listing);
                await db.SaveChangesAsync(cancellationToken);
                await LinkListingActorAsync(note, listing, cancellationToken);
            }

            return;
        }

        if (existing.Origin.ActorIri != actorIri)
        {
            return;
        }

        var updated = note.Time(Expanded.As + "updated");
        if (updated is { } stamp && existing.Origin.RemoteUpdatedAt is { } stored && stamp < stored)
        {
            return;
        }

        AsToDomain.Apply(note, existing, html);
        existing.Origin.FetchedAt = time.GetUtcNow();
        existing.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await LinkListingActorAsync(note, existing, cancellationToken);
    }

    /// <summary>
    /// A followable listing's Note mentions its listing actor (vocabulary 4.2). Mentioned actors on the collective's
    /// host are read (fetched when unknown or stale), and <see cref="ListingActorLinks"/> links the one that names
    /// this listing. A Note that no longer mentions the linked actor unlinks it.
    /// </summary>
    private async Task LinkListingActorAsync(Expanded note, Listing listing, CancellationToken cancellationToken)
    {
        var collectiveIri = listing.Origin.ActorIri!;
        var collectiveName = (await remotes.FindAsync(collectiveIri, cancellationToken))?.Username;
        var candidates = note.Objects(Expanded.As + "tag")
            .Where(t => t.Is("Mention"))
            .Where(t => collectiveName is not { Length: > 0 } || (t.String(Expanded.As + "name") ?? "").TrimStart('@').StartsWith(collectiveName + ".", StringComparison.OrdinalIgnoreCase))
            .Select(t => t.IdOf(Expanded.As + "href"))
            .OfType<string>()
            .Where(href => href != collectiveIri && SameHost(href, collectiveIri))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxListingActorCandidates)
            .ToList();
        if (listing.Origin.ListingActorIri is { } linked && !candidates.Contains(linked, StringComparer.Ordinal))
        {
            await listingActors.ClearAsync(linked, cancellationToken);
        }

        foreach (var candidate in candidates)
        {
            try
            {
                var known = await remotes.FindAsync(candidate, cancellationToken);
                var newLink = listing.Origin.ListingActorIri != candidate;
                if (known is null || newLink || known.DeletedAt is not null || time.GetUtcNow() - known.FetchedAt > ListingActorFreshness)
                {
                    // Fetching stores the actor, links it (RemoteActorStore) and reads its follower count.
                    await remotes.FetchAsync(candidate, cancellationToken);
                }
                else if (Expanded.Parse(JsonNode.Parse(known.Document)!) is { } document)
                {
                    await listingActors.ApplyAsync(document, followers: null, cancellationToken);
                }
            }
            catch (RemoteFetchException exception)
            {
                // The listing is stored either way; it just offers no follow until its actor can be read.
                LogListingActorUnavailable(logger, candidate, exception.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing actor {ActorIri} could not be read: {Reason}")]
    private static partial void LogListingActorUnavailable(ILogger logger, string actorIri, string reason);

    public async Task DeleteAsync(string objectIri, string actorIri, CancellationToken cancellationToken)
    {
        var existing = await db.Listings.SingleOrDefaultAsync(l => l.Origin.ObjectIri == objectIri && l.CollectiveId == null, cancellationToken);
        if (existing is not null && existing.Origin.ActorIri != actorIri)
        {
            return;
        }

        if (!SameHost(objectIri, actorIri) || await db.ListingTombstones.AnyAsync(t => t.Origin.ObjectIri == objectIri, cancellationToken))
        {
            return;
        }

        // The tombstone is kept even when the Create never arrived, so a late Create is ignored.
        db.ListingTombstones.Add(new ListingTombstone
        {
            PublicId = existing?.PublicId ?? PublicIds.New(time),
            FormerKind = existing?.Kind ?? ListingKind.Offer,
            DeletedAt = time.GetUtcNow(),
            Origin = new Origin { Kind = OriginKind.Remote, ObjectIri = objectIri, ActorIri = actorIri, InstanceDomain = new Uri(objectIri).Host },
        });
        if (existing is not null)
        {
            db.Listings.Remove(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool IsAuthentic(Expanded note, string actorIri) =>
        note.Ids(Expanded.As + "attributedTo").Contains(actorIri, StringComparer.Ordinal) && SameHost(note.Id!, actorIri);

    private static bool SameHost(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
        && string.Equals(x.Authority, y.Authority, StringComparison.OrdinalIgnoreCase);
}
