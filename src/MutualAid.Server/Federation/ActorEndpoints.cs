using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;
using Microsoft.Extensions.Options;

namespace MutualAid.Server.Federation;

/// <summary>Actor documents and their collections, for every kind of local actor alike.</summary>
internal static class ActorEndpoints
{
    public static void MapActorEndpoints(this WebApplication app)
    {
        var actors = app.MapGroup("/actors/{username}").ExcludeFromDescription();
        actors.MapGet("", ActorAsync);
        actors.MapGet("/outbox", OutboxAsync).AddEndpointFilter<AuthorizedFetchFilter>();
        actors.MapGet("/followers", FollowersAsync).AddEndpointFilter<AuthorizedFetchFilter>();
        actors.MapGet("/following", FollowingAsync).AddEndpointFilter<AuthorizedFetchFilter>();
        actors.MapGet("/featured", FeaturedAsync).AddEndpointFilter<AuthorizedFetchFilter>();

        // Mastodon resolves a pasted profile or listing URL by fetching it as ActivityStreams: send those requests to
        // the documents the pages stand for, while browsers keep getting the pages (see ActivityPubMatcherPolicy).
        app.MapGet("/@{slug}", (string slug, FederationUris uris) => Results.Redirect(uris.Actor(slug)))
            .WithMetadata(ActivityPubOnlyMetadata.Instance).ExcludeFromDescription();
        app.MapGet("/@{slug}/listings/{publicId}", (string slug, string publicId, FederationUris uris) => Results.Redirect(uris.Listing(publicId)))
            .WithMetadata(ActivityPubOnlyMetadata.Instance).ExcludeFromDescription();
    }

    private static async Task<IResult> ActorAsync(string username, HttpRequest request, LocalActorDirectory directory, LocalActorKeys keys, FederationUris uris, MutualAidDbContext db, CancellationToken ct)
    {
        var actor = await directory.FindByUsernameAsync(username, ct);
        if (actor is null)
        {
            // A retired listing actor: 410 with a Tombstone, as Mastodon answers for a deleted account.
            return await directory.FindTombstoneAsync(username, ct) is { } retired
                ? ActivityJson.Result(DomainToAs.ActorTombstone(retired.ActorIri, retired.DeletedAt), StatusCodes.Status410Gone)
                : Results.NotFound();
        }

        if (!ActivityJson.IsWanted(request))
        {
            return Results.Redirect(uris.PageOf(actor));
        }

        var pair = await keys.GetAsync(actor, ct);
        if (actor.Kind == LocalActorKind.Listing)
        {
            return ActivityJson.Result(DomainToAs.ListingActor(actor, pair, uris));
        }

        var instance = await db.Instance.AsNoTracking().FirstOrDefaultAsync(ct);
        return ActivityJson.Result(DomainToAs.Actor(actor, pair, uris, instance?.Name ?? uris.Domain, instance?.CreatedAt ?? DateTimeOffset.UnixEpoch));
    }

    /// <summary>
    /// A collective features the Notes of its followable public and unlisted listings (Mastodon shows them as
    /// pinned posts, each linking its listing actor), so a follower of one finds the others. Other actors feature nothing.
    /// </summary>
    private static async Task<IResult> FeaturedAsync(string username, LocalActorDirectory directory, FederationUris uris, MutualAidDbContext db, CancellationToken ct)
    {
        var actor = await directory.FindByUsernameAsync(username, ct);
        if (actor is null)
        {
            return Results.NotFound();
        }

        if (actor is not { Kind: LocalActorKind.Collective, Collective: { } collective })
        {
            return ActivityJson.Result(DomainToAs.FeaturedCollection(uris.Featured(username), []));
        }

        var listings = await db.Listings.AsNoTracking()
            .Where(l => l.CollectiveId == collective.Id && l.Followable && l.ActorSlug != null && l.Visibility != ListingVisibility.FollowersOnly)
            .OrderBy(l => l.Id)
            .ToListAsync(ct);
        var notes = listings.Where(l => DomainToAs.ListingActorUsername(l, collective.Slug) is not null).Select(l => DomainToAs.Note(l, collective.Slug, uris));
        return ActivityJson.Result(DomainToAs.FeaturedCollection(uris.Featured(username), [.. notes]));
    }

    private static async Task<IResult> OutboxAsync(string username, int? page, LocalActorDirectory directory, FederationUris uris, MutualAidDbContext db, IOptions<FederationOptions> options, CancellationToken ct)
    {
        var actor = await directory.FindByUsernameAsync(username, ct);
        if (actor is null)
        {
            return Results.NotFound();
        }

        // Only public activities are listed, as in Mastodon's outbox for unauthenticated readers.
        var listed = db.Set<OutboxActivity>().AsNoTracking().Where(a => a.ActorIri == actor.Iri && a.Listed);
        var id = uris.Outbox(username);
        if (page is not { } number || number < 1)
        {
            return ActivityJson.Result(DomainToAs.CollectionHead(id, await listed.CountAsync(ct), withPages: true));
        }

        var size = options.Value.CollectionPageSize;
        var rows = await listed.OrderByDescending(a => a.Id).Skip((number - 1) * size).Take(size + 1).Select(a => a.Document).ToListAsync(ct);
        var items = rows.Take(size).Select(d =>
        {
            var node = JsonNode.Parse(d)!.AsObject();
            node.Remove("@context");
            return (JsonNode)node;
        });
        return ActivityJson.Result(DomainToAs.CollectionPage(id, number, items, rows.Count > size));
    }

    private static async Task<IResult> FollowersAsync(string username, int? page, LocalActorDirectory directory, FederationUris uris, MutualAidDbContext db, IOptions<FederationOptions> options, CancellationToken ct)
    {
        var actor = await directory.FindByUsernameAsync(username, ct);
        if (actor is null)
        {
            return Results.NotFound();
        }

        var followers = db.Set<Follower>().AsNoTracking().Where(f => f.LocalActorIri == actor.Iri && f.State == FollowState.Accepted);
        var id = uris.Followers(username);
        if (page is not { } number || number < 1)
        {
            return ActivityJson.Result(DomainToAs.CollectionHead(id, await followers.CountAsync(ct), withPages: true));
        }

        var size = options.Value.CollectionPageSize;
        var rows = await followers.OrderBy(f => f.Id).Skip((number - 1) * size).Take(size + 1).Select(f => f.RemoteActor!.Iri).ToListAsync(ct);
        return ActivityJson.Result(DomainToAs.CollectionPage(id, number, rows.Take(size).Select(r => (JsonNode)r), rows.Count > size));
    }

    private static async Task<IResult> FollowingAsync(string username, LocalActorDirectory directory, FederationUris uris, MutualAidDbContext db, CancellationToken ct)
    {
        var actor = await directory.FindByUsernameAsync(username, ct);
        if (actor is null)
        {
            return Results.NotFound();
        }

        // The count is public, the list is not (as Mastodon does when a user hides their network).
        var count = await db.Set<Following>().CountAsync(f => f.LocalActorIri == actor.Iri && f.State == FollowState.Accepted, ct);
        return ActivityJson.Result(DomainToAs.CollectionHead(uris.FollowingCollection(username), count, withPages: false));
    }
}
