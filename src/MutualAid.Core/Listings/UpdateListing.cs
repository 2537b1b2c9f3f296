using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings.Actors;
using MutualAid.Core.Listings.Input;
using MutualAid.Core.Listings.Views;
using MutualAid.Core.Listings.Writing;
using MutualAid.Core.Text;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Listings;

/// <summary>
/// A member replaces a listing's content. The editor states the version they started from; if someone
/// saved in between, the edit is refused with <see cref="VersionConflictException"/> instead of
/// silently overwriting their work.
/// </summary>
public sealed class UpdateListing(MutualAidDbContext db, CollectiveAccess access, ListingLookup lookup, ListingActorSlugs actorSlugs, MarkdownRenderer markdown, IListingPublisher publisher, TimeProvider time)
{
    public async Task<ListingView> ExecuteAsync(long userId, string collectiveSlug, string publicId, ListingInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var collective = await access.RequireMemberAsync(userId, collectiveSlug, MemberRole.Editor, cancellationToken);
        var listing = await lookup.FindInCollectiveAsync(collective, publicId, cancellationToken);

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var version = expectedVersion ?? input.Version;
        if (version is null)
        {
            errors.Add("version", ValidationMessages.VersionRequired());
        }

        if (input.Kind is { } kind && kind != listing.Kind)
        {
            errors.Add("kind", ValidationMessages.KindFixed(listing.Kind.ToString()));
        }

        var content = ListingReader.Read(input, now, errors);
        errors.ThrowIfAny();

        if (version != listing.Version)
        {
            throw new VersionConflictException(
                $"Listing {publicId} is at version {listing.Version}, but the edit was based on version {version}.", listing.Version);
        }

        var before = ListingSnapshot.Of(listing);
        content.BodyHtml = markdown.ToSafeHtml(content.Body);
        ListingReader.CopyContent(content, listing);
        await actorSlugs.AssignAsync(listing, collective.Slug, content.ActorSlug, errors, claimed: null, cancellationToken);
        errors.ThrowIfAny();
        listing.UpdatedAt = now;
        listing.Version++;
        await publisher.ListingUpdatedAsync(listing, before, collective, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            // Another request saved between our read and our write: same answer as a stale version.
            throw new VersionConflictException($"Listing {publicId} was changed by someone else while saving: {exception.Message}", listing.Version);
        }

        return ListingView.From(listing, collective.Slug);
    }
}
