using System.Text.Json.Nodes;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Server.Tests.Directory;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web.Followable;

/// <summary>Followable listings and what federation leaves around them: followers, update Notes, remote listing actors.</summary>
internal static class FollowableSeeds
{
    public static readonly DateTimeOffset Time = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Publishes <paramref name="sample"/> as followable with the handle part <paramref name="actorSlug"/>.</summary>
    public static async Task<string> PublishAsync(HttpClient api, string slug, JsonObject sample, string actorSlug, string visibility = "public")
    {
        sample["followable"] = true;
        sample["actorSlug"] = actorSlug;
        sample["visibility"] = visibility;
        return await DirectorySeeds.PublishAsync(api, slug, sample);
    }

    public static string ActorIri(string slug, string actorSlug) => $"https://aid.test/actors/{slug}.{actorSlug}";

    /// <summary>Remote actors following <paramref name="localActorIri"/>: some accepted, some still waiting.</summary>
    public static async Task AddFollowersAsync(MutualAidAppFactory factory, string localActorIri, int accepted, int pending)
    {
        await factory.InDatabaseAsync(async db =>
        {
            for (var i = 0; i < accepted + pending; i++)
            {
                var name = "u" + Guid.NewGuid().ToString("N")[..10];
                var actor = new RemoteActor { Iri = $"https://social.example/users/{name}", Username = name, Domain = "social.example", InboxUrl = $"https://social.example/users/{name}/inbox", FetchedAt = Time };
                db.Set<RemoteActor>().Add(actor);
                await db.SaveChangesAsync();
                db.Set<Follower>().Add(new Follower
                {
                    LocalActorIri = localActorIri,
                    RemoteActorId = actor.Id,
                    State = i < accepted ? FollowState.Accepted : FollowState.Pending,
                    FollowActivityIri = $"https://social.example/follows/{name}",
                    CreatedAt = Time,
                });
            }

            return await db.SaveChangesAsync();
        });
    }

    /// <summary>An update Note the listing actor sent, stored as the outbox stores it (a Create with the Note embedded).</summary>
    public static async Task AddNoteAsync(MutualAidAppFactory factory, string actorIri, string content, DateTimeOffset published, bool listed = true, string type = "Create")
    {
        var id = "https://aid.test/notes/" + Guid.NewGuid().ToString("N");
        var activity = new JsonObject
        {
            ["@context"] = "https://www.w3.org/ns/activitystreams",
            ["id"] = id + "/activity",
            ["type"] = type,
            ["actor"] = actorIri,
            ["published"] = published.ToString("O"),
            ["to"] = new JsonArray("https://www.w3.org/ns/activitystreams#Public"),
            ["object"] = new JsonObject
            {
                ["id"] = id,
                ["type"] = "Note",
                ["attributedTo"] = actorIri,
                ["content"] = content,
                ["contentMap"] = new JsonObject { ["en"] = content },
                ["published"] = published.ToString("O"),
                ["url"] = id,
            },
        };
        await factory.InDatabaseAsync(async db =>
        {
            db.Set<OutboxActivity>().Add(new OutboxActivity
            {
                Iri = id + "/activity",
                ActorIri = actorIri,
                Type = type,
                ObjectIri = id,
                Document = activity.ToJsonString(),
                Listed = listed,
                CreatedAt = published,
            });
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>A collective on another server, cached as the inbox caches actors.</summary>
    public static async Task<string> AddRemoteCollectiveAsync(MutualAidAppFactory factory, string domain, string username, string name)
    {
        var iri = $"https://{domain}/actors/{username}";
        await factory.InDatabaseAsync(async db =>
        {
            db.Set<RemoteActor>().Add(new RemoteActor
            {
                Iri = iri,
                Type = "Group",
                Username = username,
                Domain = domain,
                Name = name,
                InboxUrl = iri + "/inbox",
                ProfileUrl = $"https://{domain}/@{username}",
                FetchedAt = Time,
            });
            return await db.SaveChangesAsync();
        });
        return iri;
    }

    /// <summary>A fund that federated in from <paramref name="collectiveIri"/>, announced by a listing actor of its own.</summary>
    public static async Task<Listing> AddRemoteFundAsync(MutualAidAppFactory factory, string collectiveIri, string title, string? listingActorUsername, int? followers)
    {
        var host = new Uri(collectiveIri).Host;
        var id = "remote-" + Guid.NewGuid().ToString("N");
        var listing = new Listing
        {
            PublicId = id,
            Kind = ListingKind.Fund,
            Title = title,
            Body = "Bail fund",
            BodyHtml = "<p>Bail fund</p>",
            Categories = [Category.Legal],
            Language = "en",
            PublishedAt = Time,
            UpdatedAt = Time,
            Fund = new FundDetails { Purpose = FundPurpose.Bail, GoalAmount = 10000, RaisedAmount = 2500, Currency = "USD", HowToGive = "At the door" },
            Origin = new Origin
            {
                Kind = OriginKind.Remote,
                InstanceDomain = host,
                ObjectIri = $"https://{host}/listings/{id}",
                ActorIri = collectiveIri,
                FetchedAt = Time,
                ListingActorIri = listingActorUsername is null ? null : $"https://{host}/actors/{listingActorUsername}",
                ListingActorHandle = listingActorUsername is null ? null : $"{listingActorUsername}@{host}",
                ListingActorFollowers = followers,
            },
        };
        await factory.InDatabaseAsync(async db =>
        {
            db.Listings.Add(listing);
            return await db.SaveChangesAsync();
        });
        return listing;
    }
}
