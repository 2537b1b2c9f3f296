using MutualAid.Core.Collectives;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Actors;
using MutualAid.Core.Listings.Views;
using MutualAid.Core.Validation;
using MutualAid.Federation.Conversion;
using MutualAid.Server.Web.Html;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>
/// One listing's page: a local one under its collective, a federated one under /directory/listings. A followable
/// fund, line or service also offers following it from the visitor's server (the same hand-off as a collective).
/// </summary>
public static class ListingPages
{
    public static IEndpointRouteBuilder MapListingPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/@{slug}/listings/{id}", LocalAsync).ExcludeFromDescription();
        app.MapGet("/@{slug}/listings/{id}/follow", LocalFollowAsync).ExcludeFromDescription();
        app.MapGet("/directory/listings/{id}", FederatedAsync).ExcludeFromDescription();
        app.MapGet("/directory/listings/{id}/follow", FederatedFollowAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LocalAsync(string slug, string id, HttpContext http, FindListing find, FindCollective collectives, FindListingActor actors, TimeProvider time) =>
        await RenderLocalAsync(await PageContext.CreateAsync(http), slug, id, find, collectives, actors, time, server: null, error: null);

    private static async Task<IResult> LocalFollowAsync(string slug, string id, string? server, HttpContext http, FindListing find, FindCollective collectives, FindListingActor actors, TimeProvider time)
    {
        var page = await PageContext.CreateAsync(http);
        if (FollowTarget.ServerName(server) is not { } host)
        {
            return await RenderLocalAsync(page, slug, id, find, collectives, actors, time, server, page.T["follow.invalid"]);
        }

        ListingView listing;
        try
        {
            listing = await find.ExecuteAsync(page.UserId, slug, id, page.Aborted);
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }
        catch (GoneException)
        {
            return Layout.Gone(page);
        }

        var actor = await actors.ExecuteAsync(slug, id, page.Aborted);
        return IsFollowable(listing, actor) ? Results.Redirect(FollowTarget.AuthorizeInteraction(host, actor.Handle!)) : Layout.NotFound(page);
    }

    private static async Task<IResult> RenderLocalAsync(
        PageContext page, string slug, string id, FindListing find, FindCollective collectives, FindListingActor actors, TimeProvider time, string? server, string? error)
    {
        try
        {
            var listing = await find.ExecuteAsync(page.UserId, slug, id, page.Aborted);
            var collective = await collectives.ExecuteAsync(slug, page.Aborted);
            var actor = await actors.ExecuteAsync(slug, id, page.Aborted);
            var publisher = new Publisher(collective.Name, collective.Slug, collective.FrontGateContact, null, null, null);
            var path = ListingLinks.Page(listing);
            var followable = IsFollowable(listing, actor);
            if (!followable && error is not null)
            {
                return Layout.NotFound(page);
            }

            // Only public listings have a feed: an unlisted one is shown by link, never syndicated.
            var feed = followable && listing.Visibility == ListingVisibility.Public ? path + "/feed.atom" : null;
            var follow = followable
                ? ListingFollowSection.Render(listing.Kind, new ListingFollow(actor.Handle, actor.Handle!, actor.Followers, path + "/follow", feed, server, error), collective.Name, page.T)
                : H.Empty;
            var main = ListingDetails.Render(listing, publisher, H.Trusted(listing.BodyHtml), time.GetUtcNow(), page.T, follow);
            return Layout.Page(page, listing.Title, main, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
                feed, feed is null ? null : listing.Title, followable ? actor.ActorIri : null);
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }
        catch (GoneException)
        {
            return Layout.Gone(page);
        }
    }

    /// <summary>A fund, line or service made followable, and shown to more than its followers.</summary>
    private static bool IsFollowable(ListingView listing, ListingActorView actor) =>
        actor is { Followable: true, Handle: not null } && ListingFollowSection.IsFollowableKind(listing.Kind) && listing.Visibility != ListingVisibility.FollowersOnly;

    private static async Task<IResult> FederatedAsync(string id, HttpContext http, FindFederatedListing find, RemoteHtml sanitizer, TimeProvider time) =>
        await RenderFederatedAsync(await PageContext.CreateAsync(http), id, find, sanitizer, time, server: null, error: null);

    private static async Task<IResult> FederatedFollowAsync(string id, string? server, HttpContext http, FindFederatedListing find, RemoteHtml sanitizer, TimeProvider time)
    {
        var page = await PageContext.CreateAsync(http);
        if (FollowTarget.ServerName(server) is not { } host)
        {
            return await RenderFederatedAsync(page, id, find, sanitizer, time, server, page.T["follow.invalid"]);
        }

        try
        {
            var entry = await find.ExecuteAsync(id, page.Aborted);
            return FollowUri(entry) is { } uri ? Results.Redirect(FollowTarget.AuthorizeInteraction(host, uri)) : Layout.NotFound(page);
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }
    }

    private static async Task<IResult> RenderFederatedAsync(PageContext page, string id, FindFederatedListing find, RemoteHtml sanitizer, TimeProvider time, string? server, string? error)
    {
        try
        {
            var entry = await find.ExecuteAsync(id, page.Aborted);
            var uri = FollowUri(entry);
            if (uri is null && error is not null)
            {
                return Layout.NotFound(page);
            }

            var name = FollowTarget.ActorName(entry.RemoteActor, entry.InstanceDomain);
            var publisher = new Publisher(name, null, null, entry.RemoteActor, entry.RemoteObject, entry.InstanceDomain)
            {
                StaleSince = entry.StaleSince,
            };
            var follow = uri is null
                ? H.Empty
                : ListingFollowSection.Render(entry.Listing.Kind, new ListingFollow(entry.ActorHandle, uri, entry.ActorFollowers, ListingLinks.Page(entry.Listing) + "/follow", null, server, error), name, page.T);
            var collective = entry.RemoteActor is { } actor
                ? H.Of($"<p class=\"collective-link\"><a href=\"{ListingLinks.RemoteCollective(actor)}\">{page.T.Format("remote.collectiveLink", name)}</a></p>")
                : H.Empty;
            var main = ListingDetails.Render(entry.Listing, publisher, H.Trusted(sanitizer.Sanitize(entry.Listing.BodyHtml)), time.GetUtcNow(), page.T, H.Of($"{follow}{collective}"));
            return Layout.Page(page, entry.Listing.Title, main, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        }
        catch (NotFoundException)
        {
            return Layout.NotFound(page);
        }
    }

    /// <summary>What a visitor's server is asked to follow for a remote listing: its actor's handle, else its IRI.</summary>
    private static string? FollowUri(DirectoryEntry entry) =>
        entry.Followable && ListingFollowSection.IsFollowableKind(entry.Listing.Kind) ? entry.ActorHandle ?? entry.RemoteListingActor : null;
}
