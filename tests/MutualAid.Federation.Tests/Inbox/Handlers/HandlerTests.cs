using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Inbox.Handlers;

/// <summary>
/// Processing rules of vocabulary.md section 10 and the actor-level handlers, on activities stored as the inbox
/// stores authenticated ones. The remote server r.test is the spec's example server moved to a test domain.
/// </summary>
public sealed class HandlerTests : IDisposable
{
    private const string Actor = "https://r.test/collectives/lavapies";
    private const string NoteId = "https://r.test/listings/01jcx7b2r4m9e8v0q3s6t5w1ya";
    private readonly Fediverse _fediverse = new();
    private int _sequence;

    private JsonObject Example(string type, string? updated = null, string? title = null)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "spec", "examples", "create-offer.json")).Replace("https://apoyo.example", "https://r.test", StringComparison.Ordinal);
        var activity = JsonNode.Parse(text)!.AsObject();
        activity["id"] = $"https://r.test/activities/{Interlocked.Increment(ref _sequence)}";
        activity["type"] = type;
        if (updated is not null)
        {
            activity["object"]!["updated"] = updated;
        }

        if (title is not null)
        {
            activity["object"]!["name"] = title;
            activity["object"]!["nameMap"] = new JsonObject { ["es"] = title };
        }

        return activity;
    }

    private JsonObject Activity(string type, string actor, JsonNode @object) => new()
    {
        ["@context"] = "https://www.w3.org/ns/activitystreams",
        ["id"] = $"https://r.test/activities/{Interlocked.Increment(ref _sequence)}",
        ["type"] = type,
        ["actor"] = actor,
        ["object"] = @object,
    };

    [Fact]
    public async Task An_update_older_than_what_we_have_is_ignored_and_a_newer_one_replaces()
    {
        var b = _fediverse.Add("b.test");
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Example("Create", "2026-11-25T10:00:00Z"));
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Example("Update", "2026-11-24T10:00:00Z", "Stale title"));
        Assert.Equal("Verduras de temporada del huerto comunitario", await b.InDatabaseAsync(db => db.Listings.Where(l => l.Origin.ObjectIri == NoteId).Select(l => l.Title).SingleAsync()));
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Example("Update", "2026-11-26T10:00:00Z", "Fresh title"));
        Assert.Equal("Fresh title", await b.InDatabaseAsync(db => db.Listings.Where(l => l.Origin.ObjectIri == NoteId).Select(l => l.Title).SingleAsync()));
    }

    [Fact]
    public async Task Deletes_win_over_a_late_create_and_notes_attributed_to_someone_else_are_refused()
    {
        var b = _fediverse.Add("b.test");
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Activity("Delete", Actor, new JsonObject { ["id"] = NoteId, ["type"] = "Tombstone" }));
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Example("Create"));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Listings.CountAsync()));

        var forged = Example("Create");
        forged["object"]!["id"] = "https://r.test/listings/other";
        forged["object"]!["attributedTo"] = "https://r.test/collectives/someone-else";
        await FediverseSteps.ReceiveAuthenticatedAsync(b, forged);
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Listings.CountAsync()));
    }

    [Fact]
    public async Task A_block_drops_the_follow_and_a_deleted_actor_loses_its_listings()
    {
        var b = _fediverse.Add("b.test");
        await FollowEachOtherAsync(b, weFollowToo: false);

        await FediverseSteps.ReceiveAuthenticatedAsync(b, Activity("Block", Actor, JsonValue.Create("https://b.test/actors/food-bank")!));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<Follower>().CountAsync()));
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<RemoteBlock>().CountAsync(r => r.RemoteActorIri == Actor)));

        await FediverseSteps.ReceiveAuthenticatedAsync(b, Example("Create"));
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Listings.CountAsync()));
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Activity("Delete", Actor, JsonValue.Create(Actor)!));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Listings.CountAsync()));
        Assert.NotNull(await b.InDatabaseAsync(db => db.Set<RemoteActor>().Where(a => a.Iri == Actor).Select(a => a.DeletedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_delete_of_an_actor_that_fails_halfway_changes_nothing_and_is_retried()
    {
        var b = _fediverse.Add("b.test");
        await FollowEachOtherAsync(b, weFollowToo: true);
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Example("Create"));

        // The follows are deleted before the listings; the listings' delete then fails.
        await b.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_listing_delete BEFORE DELETE ON Listings BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"));
        var item = await FediverseSteps.ReceiveOnceAsync(b, Activity("Delete", Actor, JsonValue.Create(Actor)!));

        Assert.Equal(InboxItemState.Pending, item.State);
        Assert.Contains("refused by the test", item.Error, StringComparison.Ordinal);
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<Follower>().CountAsync()));
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<Following>().CountAsync()));
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Listings.CountAsync()));
        Assert.Null(await b.InDatabaseAsync(db => db.Set<RemoteActor>().Where(a => a.Iri == Actor).Select(a => a.DeletedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_reject_marks_our_follow_rejected()
    {
        var b = _fediverse.Add("b.test");
        await b.InDatabaseAsync(async db =>
        {
            db.Set<Following>().Add(new Following { LocalActorIri = "https://b.test/actors/instance_actor", RemoteActorIri = Actor, FollowActivityIri = "https://b.test/activities/f1", State = FollowState.Pending });
            return await db.SaveChangesAsync();
        });
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Activity("Reject", Actor, new JsonObject
        {
            ["id"] = "https://b.test/activities/f1",
            ["type"] = "Follow",
            ["actor"] = "https://b.test/actors/instance_actor",
            ["object"] = Actor,
        }));
        Assert.Equal(FollowState.Rejected, await b.InDatabaseAsync(db => db.Set<Following>().Select(f => f.State).SingleAsync()));
    }

    /// <summary>The remote collective follows b's food bank and, when <paramref name="weFollowToo"/>, b's instance actor follows it.</summary>
    private static async Task FollowEachOtherAsync(FediverseInstance b, bool weFollowToo)
    {
        await b.CreateCollectiveWithAdminAsync("food-bank");
        await b.InDatabaseAsync(async db =>
        {
            var remote = new RemoteActor { Iri = Actor, Domain = "r.test", InboxUrl = Actor + "/inbox" };
            db.Set<RemoteActor>().Add(remote);
            db.Set<Follower>().Add(new Follower { LocalActorIri = "https://b.test/actors/food-bank", RemoteActor = remote, State = FollowState.Accepted, FollowActivityIri = "https://r.test/follows/1" });
            if (weFollowToo)
            {
                db.Set<Following>().Add(new Following { LocalActorIri = "https://b.test/actors/instance_actor", RemoteActorIri = Actor, FollowActivityIri = "https://b.test/activities/f1", State = FollowState.Accepted });
            }

            return await db.SaveChangesAsync();
        });
    }

    public void Dispose() => _fediverse.Dispose();
}
