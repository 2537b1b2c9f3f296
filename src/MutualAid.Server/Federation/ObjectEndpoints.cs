using Microsoft.EntityFrameworkCore;
using MutualAid.ActivityPub.Signatures;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;

namespace MutualAid.Server.Federation;

/// <summary>
/// Listing Notes (410 with a Tombstone once deleted), public activities and our context document.
/// Followers-only listings are served only to a request signed by an accepted follower of the collective
/// (or of the listing's own actor).
/// </summary>
internal static class ObjectEndpoints
{
    public static void MapObjectEndpoints(this WebApplication app)
    {
        app.MapGet("/ns/mutual-aid/v1.jsonld", () => Results.Bytes(MutualAidContext.Bytes, "application/ld+json")).ExcludeFromDescription();
        // The web pages serve /listings/{id} too (federated listings): routing picks by Accept (ActivityPubMatcherPolicy).
        app.MapGet("/listings/{publicId}", ListingAsync).AddEndpointFilter<AuthorizedFetchFilter>().WithMetadata(ActivityPubOnlyMetadata.Instance).ExcludeFromDescription();
        app.MapGet("/activities/{id}", async (string id, FederationUris uris, MutualAidDbContext db, CancellationToken ct) =>
        {
            var iri = uris.Activity(id);
            var document = await db.Set<OutboxActivity>().AsNoTracking().Where(a => a.Iri == iri && a.Listed).Select(a => a.Document).SingleOrDefaultAsync(ct);
            return document is null ? Results.NotFound() : Results.Text(document, ActivityJson.MediaType);
        }).AddEndpointFilter<AuthorizedFetchFilter>().ExcludeFromDescription();
        app.MapGet("/notes/{id}", UpdateNoteAsync).AddEndpointFilter<AuthorizedFetchFilter>().ExcludeFromDescription();
    }

    /// <summary>
    /// A listing actor's news Note, read back from the Create that carried it: served when it was public or
    /// unlisted (addressed to Public), 404 otherwise, like a followers-only listing to strangers.
    /// </summary>
    private static async Task<IResult> UpdateNoteAsync(string id, FederationUris uris, MutualAidDbContext db, CancellationToken ct)
    {
        var iri = uris.UpdateNote(id);
        var document = await db.Set<OutboxActivity>().AsNoTracking().Where(a => a.ObjectIri == iri && a.Type == "Create").Select(a => a.Document).FirstOrDefaultAsync(ct);
        if (document is null || System.Text.Json.Nodes.JsonNode.Parse(document)?["object"] is not System.Text.Json.Nodes.JsonObject note)
        {
            return Results.NotFound();
        }

        var audience = new[] { note["to"], note["cc"] }.OfType<System.Text.Json.Nodes.JsonArray>().SelectMany(a => a).Select(v => v?.GetValue<string>());
        if (!audience.Any(ActivityPub.Addressing.PublicCollection.IsPublic))
        {
            return Results.NotFound();
        }

        var result = new System.Text.Json.Nodes.JsonObject { ["@context"] = MutualAidContext.ForObject() };
        foreach (var (key, value) in note.ToList())
        {
            note.Remove(key);
            result[key] = value;
        }

        return ActivityJson.Result(result);
    }

    private static async Task<IResult> ListingAsync(string publicId, HttpContext http, FederationUris uris, MutualAidDbContext db, HttpSignatureVerifierFactory verifiers, CancellationToken ct)
    {
        var listing = await db.Listings.AsNoTracking().Include(l => l.Collective)
            .SingleOrDefaultAsync(l => l.PublicId == publicId && l.Origin.Kind == OriginKind.Local, ct);
        if (listing?.Collective is not { } collective)
        {
            var tombstone = await db.ListingTombstones.AsNoTracking().FirstOrDefaultAsync(t => t.PublicId == publicId && t.Origin.Kind == OriginKind.Local, ct);
            if (tombstone is null)
            {
                return Results.NotFound();
            }

            var gone = DomainToAs.Tombstone(uris.Listing(publicId), tombstone.DeletedAt);
            gone["@context"] = MutualAidContext.ActivityStreams;
            return ActivityJson.Result(gone, StatusCodes.Status410Gone);
        }

        string[] audience = DomainToAs.ListingActorUsername(listing, collective.Slug) is { } listingActor
            ? [uris.Actor(collective.Slug), uris.Actor(listingActor)]
            : [uris.Actor(collective.Slug)];
        if (listing.Visibility == ListingVisibility.FollowersOnly && !await verifiers.IsFollowerRequestAsync(http, audience, ct))
        {
            // Same answer as for a listing that does not exist: its existence is not public either.
            return Results.NotFound();
        }

        if (!ActivityJson.IsWanted(http.Request))
        {
            return Results.Redirect(uris.ListingPage(collective.Slug, publicId));
        }

        var note = DomainToAs.Note(listing, collective.Slug, uris);
        var document = new System.Text.Json.Nodes.JsonObject { ["@context"] = MutualAidContext.ForObject() };
        foreach (var (key, value) in note.ToList())
        {
            note.Remove(key);
            document[key] = value;
        }

        return ActivityJson.Result(document);
    }
}
