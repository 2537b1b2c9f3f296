using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Listings.Actors;

/// <summary>
/// Gives a followable listing its <see cref="Listing.ActorSlug"/>: the one asked for, or one derived from the
/// title, unique within the collective and never a handle another listing's actor left as a tombstone.
/// Once given, the slug is fixed for the listing's life: remote servers know the actor by its id, and the
/// actor's keys and its tombstone (after following is turned off) are bound to that id.
/// </summary>
public sealed class ListingActorSlugs(MutualAidDbContext db)
{
    private const int MaxSuffix = 100;

    /// <param name="listing">The listing with its new content (<see cref="Listing.Followable"/> already set) and its current slug.</param>
    /// <param name="collectiveSlug">The owning collective's slug.</param>
    /// <param name="requested">The slug the editor asked for (validated by the reader), or null.</param>
    /// <param name="claimed">Slugs taken earlier in the same batch (bulk import), or null.</param>
    public async Task AssignAsync(
        Listing listing, string collectiveSlug, string? requested, ValidationErrors errors, ISet<string>? claimed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(errors);
        if (!listing.Followable)
        {
            return;
        }

        if (listing.ActorSlug is { } current && (requested is null || requested == current))
        {
            claimed?.Add(current);
            return;
        }

        if (listing.ActorSlug is not null)
        {
            errors.Add("actorSlug", $"The handle cannot change once given (its actor id would change for everyone following it); it stays '{listing.ActorSlug}'.");
            return;
        }

        if (requested is not null)
        {
            if (await IsTakenAsync(listing, collectiveSlug, requested, claimed, cancellationToken))
            {
                errors.Add("actorSlug", $"'{requested}' is already the handle of another listing of this collective (or was, and is kept retired).");
                return;
            }

            listing.ActorSlug = requested;
            claimed?.Add(requested);
            return;
        }

        var derived = ListingActorNames.FromTitle(listing.Title);
        for (var suffix = 1; suffix <= MaxSuffix; suffix++)
        {
            var candidate = suffix == 1 ? derived : $"{derived}-{suffix}";
            if (!await IsTakenAsync(listing, collectiveSlug, candidate, claimed, cancellationToken))
            {
                listing.ActorSlug = candidate;
                claimed?.Add(candidate);
                return;
            }
        }

        errors.Add("actorSlug", $"No free handle derived from the title '{derived}'; choose one.");
    }

    private async Task<bool> IsTakenAsync(Listing listing, string collectiveSlug, string slug, ISet<string>? claimed, CancellationToken cancellationToken)
    {
        if (claimed?.Contains(slug) == true)
        {
            return true;
        }

        if (await db.Listings.AnyAsync(l => l.CollectiveId == listing.CollectiveId && l.ActorSlug == slug && l.PublicId != listing.PublicId, cancellationToken))
        {
            return true;
        }

        var username = ListingActorNames.Username(collectiveSlug, slug);
        return await db.Set<ListingActorTombstone>().AnyAsync(t => t.Username == username && t.ListingPublicId != listing.PublicId, cancellationToken);
    }
}
