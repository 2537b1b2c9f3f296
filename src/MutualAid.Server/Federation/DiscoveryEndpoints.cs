using Microsoft.EntityFrameworkCore;
using MutualAid.ActivityPub.NodeInfo;
using MutualAid.ActivityPub.WebFinger;
using MutualAid.Core.Data;
using MutualAid.Core.Listings;
using MutualAid.Federation.Actors;

namespace MutualAid.Server.Federation;

/// <summary>WebFinger, host-meta and NodeInfo (with the FEP-2677 link to the instance actor).</summary>
internal static class DiscoveryEndpoints
{
    public static void MapDiscoveryEndpoints(this WebApplication app)
    {
        app.MapGet("/.well-known/webfinger", WebFingerAsync).ExcludeFromDescription();
        app.MapGet(HostMetaDocument.Path, (FederationUris uris) => Results.Text(HostMetaDocument.Create(uris.Domain), HostMetaDocument.MediaType)).ExcludeFromDescription();
        app.MapGet(NodeInfoSchema.WellKnownPath, (FederationUris uris) =>
            Results.Bytes(NodeInfoLinks.ForInstance(new Uri(uris.Base), new Uri(uris.Actor(LocalActor.InstanceUsername))).ToUtf8Json(), "application/json")).ExcludeFromDescription();
        app.MapGet(NodeInfoSchema.Path21, async (MutualAidDbContext db, CancellationToken ct) =>
            Results.Bytes((await NodeInfoAsync(db, ct)).ToUtf8Json(), $"application/json; profile=\"{NodeInfoSchema.Rel21}#\"")).ExcludeFromDescription();
        app.MapGet(NodeInfoSchema.Path20, async (MutualAidDbContext db, CancellationToken ct) =>
            Results.Bytes((await NodeInfoAsync(db, ct)).AsVersion20().ToUtf8Json(), $"application/json; profile=\"{NodeInfoSchema.Rel20}#\"")).ExcludeFromDescription();
    }

    private static async Task<IResult> WebFingerAsync(string? resource, FederationUris uris, LocalActorDirectory actors, CancellationToken ct)
    {
        if (!WebFingerResource.TryParse(resource, out var parsed))
        {
            return Results.BadRequest("resource must be acct:user@host or an actor URL.");
        }

        string? username;
        if (parsed.Account is { } account)
        {
            username = account.IsOn(uris.Domain) ? account.Username : null;
        }
        else
        {
            username = uris.UsernameOf(parsed.Url!.AbsoluteUri);
        }

        var actor = username is null ? null : await actors.FindByUsernameAsync(username, ct);
        if (actor is null)
        {
            // A retired listing actor's handle is gone, not unknown (Mastodon answers 410 for deleted accounts too).
            return username is not null && await actors.FindTombstoneAsync(username, ct) is not null ? Results.StatusCode(StatusCodes.Status410Gone) : Results.NotFound();
        }

        var jrd = WebFingerAnswer.ForActor(AccountHandle.Create(actor.Username, uris.Domain), new Uri(actor.Iri), new Uri(uris.PageOf(actor)));
        return Results.Bytes(jrd.ToUtf8Json(), JrdDocument.MediaType);
    }

    private static async Task<NodeInfoDocument> NodeInfoAsync(MutualAidDbContext db, CancellationToken ct)
    {
        var instance = await db.Instance.AsNoTracking().FirstOrDefaultAsync(ct);
        var collectives = await db.Collectives.CountAsync(ct);
        var listings = await db.Listings.CountAsync(l => l.Origin.Kind == OriginKind.Local, ct);
        return new NodeInfoDocument
        {
            Software = new NodeInfoSoftware
            {
                Name = "mutualaid",
                Version = typeof(DiscoveryEndpoints).Assembly.GetName().Version?.ToString(3) ?? "0.1.0",
            },
            OpenRegistrations = false,
            Usage = new NodeInfoUsage { Users = new NodeInfoUsers { Total = collectives, ActiveMonth = collectives, ActiveHalfyear = collectives }, LocalPosts = listings },
            Metadata = new System.Text.Json.Nodes.JsonObject
            {
                ["nodeName"] = instance?.Name ?? "",
                ["nodeDescription"] = instance?.Description ?? "",
                ["federationMode"] = instance?.FederationMode.ToString().ToLowerInvariant() ?? "open",
            },
        };
    }
}
