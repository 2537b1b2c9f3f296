using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Core.Listings;

/// <summary>
/// Marks our open or paused listings whose <see cref="Listing.ExpiresAt"/> has passed as expired and tells
/// followers through <see cref="IListingPublisher"/>, as any edit does (vocabulary section 9: receivers
/// apply <c>expires</c> themselves, but Mastodon users only see the new first line after an Update).
/// The status change and the Update commit together, and an expired listing is never picked again, so each
/// listing's expiry is sent exactly once; the version check makes a concurrent edit win and be retried next pass.
/// </summary>
public sealed class ExpireListings(MutualAidDbContext db, IListingPublisher publisher, TimeProvider time)
{
    public const int BatchSize = 50;

    /// <summary>Expires up to <see cref="BatchSize"/> due listings; returns how many it expired.</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Listings.Include(l => l.Collective)
            .Where(l => l.CollectiveId != null && (l.Status == ListingStatus.Open || l.Status == ListingStatus.Paused) && l.ExpiresAt != null && l.ExpiresAt <= now)
            .OrderBy(l => l.ExpiresAt).ThenBy(l => l.Id).Take(BatchSize)
            .ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var listing in due)
        {
            var before = ListingSnapshot.Of(listing);
            listing.Status = ListingStatus.Expired;
            listing.UpdatedAt = now;
            listing.Version++;
            await publisher.ListingUpdatedAsync(listing, before, listing.Collective!, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                expired++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone edited it meanwhile (perhaps extending the expiry): drop our change; the next pass re-reads it.
                db.ChangeTracker.Clear();
                return expired;
            }
        }

        return expired;
    }
}
