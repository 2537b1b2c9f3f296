using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Listings;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>Stores remote listing Notes for Create and Update (vocabulary section 10: authenticity, deletes win, updates replace).</summary>
public sealed class RemoteListings(MutualAidDbContext db, RemoteHtml html, TimeProvider time)
{
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
        // Its instance just answered; the instance watch clears the rest of its listings on its next round.
        existing.Origin.StaleSince = null;
        existing.Version++;
        await db.SaveChangesAsync(cancellationToken);
    }

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
