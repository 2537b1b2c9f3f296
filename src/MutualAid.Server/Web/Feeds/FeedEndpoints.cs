using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Actors;
using MutualAid.Core.Listings.Views;
using MutualAid.Core.Validation;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Instances;
using MutualAid.Server.Web.Localization;
using MutualAid.Server.Web.Html;
using MutualAid.Server.Web.Pages;

namespace MutualAid.Server.Web.Feeds;

/// <summary>Atom feeds of any search (/search.atom?...), of a collective (/@{slug}/feed.atom) and of a followable listing.</summary>
public static class FeedEndpoints
{
    private const int FeedLength = 50;

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/search.atom", SearchFeedAsync).WithTags("Directory").WithName("SearchFeed")
            .WithSummary("An Atom feed of any directory search: the same parameters as /api/v1/directory/search.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml").ProducesValidationProblem();
        app.MapGet("/@{slug}/feed.atom", CollectiveFeedAsync).ExcludeFromDescription();
        app.MapGet("/@{slug}/listings/{id}/feed.atom", ListingFeedAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SearchFeedAsync(
        HttpContext http, SearchDirectory search, MutualAidDbContext db, RemoteHtml sanitizer, TimeProvider time, UiLanguages languages, IOptions<InstanceWatchOptions> watch)
    {
        var errors = new ValidationErrors();
        var query = SearchParameters.Read(http.Request.Query, errors, FeedLength) with { Cursor = null };
        errors.ThrowIfAny();
        var results = await search.ExecuteAsync(query, http.RequestAborted);
        var (baseUrl, name) = await InstanceAsync(db, http.RequestAborted);
        var parameters = SearchParameters.With(http.Request.Query, null, "limit", "lang");
        var title = query.Text is { } text ? $"{name}: {text}" : name;
        // Feed readers have no page to show the notice on: the feed's subtitle says it, and a related link is the same feed with them.
        var t = languages.For(UiLanguages.Match(http.Request.Query["lang"]) ?? "en");
        var hidden = HiddenStaleNotice.Sentence(results, t, watch) is { } sentence
            ? new AtomFeed.Hidden(sentence, HiddenStaleNotice.ShowPath("/search.atom", http.Request.Query))
            : null;
        return Results.Text(AtomFeed.Write(baseUrl, "/search.atom" + parameters, "/search" + parameters, title, results.Items, time.GetUtcNow(), sanitizer, hidden), AtomFeed.MediaType);
    }

    private static async Task<IResult> CollectiveFeedAsync(string slug, HttpContext http, FindCollective find, SearchDirectory search, MutualAidDbContext db, RemoteHtml sanitizer, TimeProvider time)
    {
        var collective = await find.ExecuteAsync(slug, http.RequestAborted);
        var results = await search.ExecuteAsync(new DirectoryQuery { Collective = slug, Limit = FeedLength }, http.RequestAborted);
        var (baseUrl, _) = await InstanceAsync(db, http.RequestAborted);
        var path = ListingLinks.Collective(slug);
        return Results.Text(AtomFeed.Write(baseUrl, path + "/feed.atom", path, collective.Name, results.Items, time.GetUtcNow(), sanitizer), AtomFeed.MediaType);
    }

    /// <summary>
    /// A followable fund's, line's or service's own feed: the update Notes its actor published, then the listing.
    /// Only for public listings that are followable now; anything else is not found (not even whether it exists).
    /// </summary>
    private static async Task<IResult> ListingFeedAsync(
        string slug, string id, HttpContext http, FindListing find, FindCollective collectives, FindListingActor actors, ListListingUpdates updates, MutualAidDbContext db, RemoteHtml sanitizer)
    {
        ListingView listing;
        CollectiveView collective;
        try
        {
            listing = await find.ExecuteAsync(null, slug, id, http.RequestAborted);
            collective = await collectives.ExecuteAsync(slug, http.RequestAborted);
        }
        catch (NotFoundException)
        {
            return Results.NotFound();
        }
        catch (GoneException)
        {
            return Results.StatusCode(StatusCodes.Status410Gone);
        }

        var actor = await actors.ExecuteAsync(slug, id, http.RequestAborted);
        if (listing.Visibility != ListingVisibility.Public || !ListingFollowSection.IsFollowableKind(listing.Kind) || actor is not { Followable: true, ActorIri: { } actorIri })
        {
            return Results.NotFound();
        }

        var notes = await updates.ExecuteAsync(actorIri, FeedLength, http.RequestAborted);
        var (baseUrl, _) = await InstanceAsync(db, http.RequestAborted);
        var entry = new DirectoryEntry { Listing = listing, CollectiveName = collective.Name, Followable = true, ActorHandle = actor.Handle, ActorFollowers = actor.Followers };
        var self = ListingLinks.Page(listing) + "/feed.atom";
        return Results.Text(AtomFeed.WriteListingUpdates(baseUrl, self, $"{collective.Name}: {listing.Title}", entry, notes, sanitizer), AtomFeed.MediaType);
    }

    private static async Task<(string BaseUrl, string Name)> InstanceAsync(MutualAidDbContext db, CancellationToken cancellationToken)
    {
        var instance = await db.Instance.AsNoTracking().Select(i => new { i.Domain, i.Name }).FirstAsync(cancellationToken);
        return ("https://" + instance.Domain, instance.Name);
    }
}
