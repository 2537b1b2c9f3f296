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

/// <summary>A member publishes a new listing for their collective.</summary>
public sealed class CreateListing(MutualAidDbContext db, CollectiveAccess access, ListingActorSlugs actorSlugs, MarkdownRenderer markdown, IListingPublisher publisher, TimeProvider time)
{
    public async Task<ListingView> ExecuteAsync(long userId, string collectiveSlug, ListingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var collective = await access.RequireMemberAsync(userId, collectiveSlug, MemberRole.Editor, cancellationToken);
        var listing = Compose(collective, input, markdown, time);
        var errors = new ValidationErrors();
        await actorSlugs.AssignAsync(listing, collective.Slug, TakeRequestedActorSlug(listing), errors, claimed: null, cancellationToken);
        errors.ThrowIfAny();
        db.Listings.Add(listing);
        await publisher.ListingCreatedAsync(listing, collective, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ListingView.From(listing, collective.Slug);
    }

    /// <summary>Validates the input and builds the new (untracked) listing; shared with bulk import.</summary>
    internal static Listing Compose(Collective collective, ListingInput input, MarkdownRenderer markdown, TimeProvider time, ValidationErrors? errors = null)
    {
        var now = time.GetUtcNow();
        var collected = errors ?? new ValidationErrors();
        var listing = ListingReader.Read(input, now, collected);
        if (errors is null)
        {
            collected.ThrowIfAny();
        }

        listing.PublicId = PublicIds.New(time);
        listing.CollectiveId = collective.Id;
        listing.BodyHtml = markdown.ToSafeHtml(listing.Body);
        listing.PublishedAt = now;
        listing.UpdatedAt = now;
        listing.Version = 1;
        listing.Origin = new Origin { Kind = OriginKind.Local };
        return listing;
    }

    /// <summary>The reader leaves the requested handle in <see cref="Listing.ActorSlug"/>; a new listing has none yet.</summary>
    internal static string? TakeRequestedActorSlug(Listing listing)
    {
        var requested = listing.ActorSlug;
        listing.ActorSlug = null;
        return requested;
    }
}
