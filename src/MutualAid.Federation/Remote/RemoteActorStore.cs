using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.Keys;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Keys;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Remote;

/// <summary>
/// Remote actors and their keys, cached in the database: fetched (signed by the instance actor) when first
/// seen, refreshed when a signature fails (key rotation) or an Update of the actor arrives.
/// </summary>
public sealed partial class RemoteActorStore(
    MutualAidDbContext db, ListingActorLinks listingActors, IHttpClientFactory clients, IOptions<FederationOptions> options, TimeProvider time, ILogger<RemoteActorStore> logger)
{
    public Task<RemoteActor?> FindAsync(string iri, CancellationToken cancellationToken) =>
        db.Set<RemoteActor>().SingleOrDefaultAsync(a => a.Iri == iri, cancellationToken);

    public async Task<RemoteActor> GetAsync(string iri, CancellationToken cancellationToken) =>
        await FindAsync(iri, cancellationToken) ?? await FetchAsync(iri, cancellationToken);

    /// <summary>Fetches the actor document and stores it; refuses documents that are not actors.</summary>
    /// <exception cref="RemoteFetchException">The fetch failed or the document is not an actor.</exception>
    public async Task<RemoteActor> FetchAsync(string iri, CancellationToken cancellationToken)
    {
        var fetcher = FederationHttp.Fetcher(clients, options, time);
        var document = await fetcher.FetchAsync(new RemoteFetchRequest(new Uri(iri)) { IdCheck = IdCheck.ExactMatch }, cancellationToken);
        var node = JsonNode.Parse(document.Root.GetRawText())!;
        var row = await StoreAsync(node, cancellationToken)
            ?? throw new RemoteFetchException($"{iri} is not an ActivityPub actor (no inbox).");
        if (row.FollowersUrl is { } followersUrl && Expanded.Parse(node) is { } actor && ListingActorLinks.ListingActorOf(actor) is not null)
        {
            // A followable listing's follower count is shown in the directory: refreshed whenever the actor is fetched.
            await listingActors.ApplyAsync(actor, await FollowerCountAsync(fetcher, followersUrl, cancellationToken), cancellationToken);
        }

        return row;
    }

    /// <summary>The totalItems of a followers collection; null when it hides it or cannot be read (the actor itself is still stored).</summary>
    private async Task<int?> FollowerCountAsync(RemoteDocumentFetcher fetcher, string followersUrl, CancellationToken cancellationToken)
    {
        try
        {
            var followers = await fetcher.FetchAsync(new RemoteFetchRequest(new Uri(followersUrl)), cancellationToken);
            return followers.Root.ValueKind == System.Text.Json.JsonValueKind.Object
                && followers.Root.TryGetProperty("totalItems", out var count) && count.ValueKind == System.Text.Json.JsonValueKind.Number
                && count.TryGetInt32(out var total) && total >= 0 ? total : null;
        }
        catch (RemoteFetchException exception)
        {
            LogFollowerCountUnavailable(logger, followersUrl, exception.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Follower count of {FollowersUrl} unavailable: {Reason}")]
    private static partial void LogFollowerCountUnavailable(ILogger logger, string followersUrl, string reason);

    /// <summary>Stores (or refreshes) an actor from its document; null when it is not an actor we can deliver to.</summary>
    public async Task<RemoteActor?> StoreAsync(JsonNode document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var actor = Expanded.Parse(document);
        if (actor?.Id is not { } iri || actor.IdOf(Expanded.Ldp + "inbox") is not { } inbox)
        {
            return null;
        }

        // Two deliveries from an actor we have never seen arrive together: both would insert it (unique IRI)
        // and its keys (unique key id). Storing one actor at a time in this process makes the second a refresh.
        var stripe = Stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(iri) % (uint)Stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            return await StoreAsync(document, actor, iri, inbox, cancellationToken);
        }
        finally
        {
            stripe.Release();
        }
    }

    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    private async Task<RemoteActor> StoreAsync(JsonNode document, Expanded actor, string iri, string inbox, CancellationToken cancellationToken)
    {
        var row = await FindAsync(iri, cancellationToken);
        if (row is null)
        {
            row = new RemoteActor { Iri = iri, Domain = new Uri(iri).Host.ToLowerInvariant(), InboxUrl = inbox };
            db.Set<RemoteActor>().Add(row);
        }

        row.Type = actor.Type;
        row.Username = actor.String(Expanded.As + "preferredUsername") ?? "";
        row.Name = actor.LanguageString(Expanded.As + "name").Text;
        row.InboxUrl = inbox;
        row.SharedInboxUrl = actor.Object(Expanded.As + "endpoints")?.IdOf(Expanded.As + "sharedInbox");
        row.FollowersUrl = actor.IdOf(Expanded.As + "followers");
        row.ProfileUrl = actor.IdOf(Expanded.As + "url");
        row.ManuallyApprovesFollowers = actor.Boolean(Expanded.As + "manuallyApprovesFollowers") ?? false;
        row.Document = document.ToJsonString();
        row.FetchedAt = time.GetUtcNow();
        row.DeletedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        await StoreKeysAsync(row, actor, cancellationToken);
        await listingActors.ApplyAsync(actor, followers: null, cancellationToken);
        return row;
    }

    private async Task StoreKeysAsync(RemoteActor row, Expanded actor, CancellationToken cancellationToken)
    {
        var published = new List<(string KeyId, ActorKeyType Type, string Pem)>();
        foreach (var key in actor.Objects(Expanded.Security + "publicKey"))
        {
            var owner = key.IdOf(Expanded.Security + "owner");
            if (key.Id is { } keyId && key.String(Expanded.Security + "publicKeyPem") is { } pem && (owner is null || owner == row.Iri))
            {
                published.Add((keyId, ActorKeyType.Rsa, pem));
            }
        }

        foreach (var method in actor.Objects(Expanded.Security + "assertionMethod"))
        {
            var controller = method.IdOf(Expanded.Security + "controller");
            if (method.Id is { } keyId && method.String(Expanded.Security + "publicKeyMultibase") is { } multibase && (controller is null || controller == row.Iri))
            {
                try
                {
                    var material = Multikey.Decode(multibase);
                    published.Add((keyId, material.Type == KeyType.Ed25519 ? ActorKeyType.Ed25519 : ActorKeyType.Rsa, material.ExportPem()));
                }
                catch (KeyFormatException)
                {
                    // An unreadable key is simply not usable; the actor's other keys still are.
                    continue;
                }
            }
        }

        // Fedify-based servers list the RSA key under the same id in publicKey and assertionMethod: keep the first.
        published = [.. published.DistinctBy(p => p.KeyId, StringComparer.Ordinal)];
        var existing = await db.ActorKeys.Where(k => k.OwnerKind == ActorKeyOwner.RemoteActor && k.OwnerId == row.Id).ToListAsync(cancellationToken);
        db.ActorKeys.RemoveRange(existing.Where(k => published.All(p => p.KeyId != k.KeyId)));
        foreach (var (keyId, type, pem) in published)
        {
            var key = existing.FirstOrDefault(k => k.KeyId == keyId);
            if (key is null)
            {
                // A key id another actor claimed earlier is taken over only by the actor the id names.
                var claimed = await db.ActorKeys.SingleOrDefaultAsync(k => k.KeyId == keyId, cancellationToken);
                if (claimed is not null)
                {
                    if (claimed.OwnerKind != ActorKeyOwner.RemoteActor)
                    {
                        continue;
                    }

                    db.ActorKeys.Remove(claimed);
                    await db.SaveChangesAsync(cancellationToken);
                }

                db.ActorKeys.Add(new ActorKey
                {
                    OwnerKind = ActorKeyOwner.RemoteActor,
                    OwnerId = row.Id,
                    KeyId = keyId,
                    Type = type,
                    PublicKeyPem = pem,
                    CreatedAt = time.GetUtcNow(),
                });
            }
            else
            {
                key.PublicKeyPem = pem;
                key.Type = type;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
