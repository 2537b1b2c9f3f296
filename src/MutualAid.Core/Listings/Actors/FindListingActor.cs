using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Core.Listings.Actors;

/// <summary>Reads a local listing's actor: handle, IRI and local follower count (see <see cref="ListingActorView"/>).</summary>
public sealed class FindListingActor(MutualAidDbContext db)
{
    /// <summary>The actor of a listing of <paramref name="collectiveSlug"/>; <see cref="ListingActorView.NotFollowable"/> for unknown or non-followable listings.</summary>
    public async Task<ListingActorView> ExecuteAsync(string collectiveSlug, string publicId, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.PublicId == publicId && l.Collective!.Slug == collectiveSlug)
            .Select(l => new { l.Followable, l.ActorSlug })
            .SingleOrDefaultAsync(cancellationToken);
        return listing is null ? ListingActorView.NotFollowable : await ViewAsync(collectiveSlug, listing.Followable, listing.ActorSlug, cancellationToken);
    }

    /// <summary>The actor of an already loaded local listing.</summary>
    public Task<ListingActorView> ExecuteAsync(Listing listing, string collectiveSlug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return ViewAsync(collectiveSlug, listing.Followable, listing.ActorSlug, cancellationToken);
    }

    private async Task<ListingActorView> ViewAsync(string collectiveSlug, bool followable, string? actorSlug, CancellationToken cancellationToken)
    {
        if (!followable || actorSlug is null)
        {
            return ListingActorView.NotFollowable;
        }

        var domain = await db.Instance.AsNoTracking().Select(i => i.Domain).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The instance settings row is missing; the domain of listing actors is unknown.");
        var username = ListingActorNames.Username(collectiveSlug, actorSlug);
        var iri = ListingActorNames.ActorIri(domain, username);
        var followers = await db.Set<Follower>().CountAsync(f => f.LocalActorIri == iri && f.State == FollowState.Accepted, cancellationToken);
        return new ListingActorView
        {
            Followable = true,
            Username = username,
            Handle = $"{username}@{domain.ToLowerInvariant()}",
            ActorIri = iri,
            Followers = followers,
        };
    }
}
