using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Collectives;
using MutualAid.Core.Federation;
using MutualAid.Federation.Publishing;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Followers;

/// <summary>A collective that approves followers by hand: nothing reaches a follower until an admin accepts it.</summary>
public sealed class FollowApprovalTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task A_pending_follower_gets_nothing_until_an_admin_approves_then_gets_the_accept_and_listings()
    {
        var (a, b, admin) = await ManualCollectiveAsync();
        using var client = await FediverseSteps.LoggedInAsync(a, admin);
        await AskToFollowAsync(b);
        var pending = await a.EventuallyAsync(db => db.Set<Follower>().AsNoTracking().Where(f => f.LocalActorIri == "https://a.test/actors/food-bank").ToListAsync(),
            f => f.Count == 1, "the follow request on a.test");
        Assert.Equal(FollowState.Pending, pending[0].State);

        // Published while the request waits: no follower to deliver to yet, and no Accept either.
        await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Need());
        Assert.Equal(0, await a.InDatabaseAsync(db => db.Set<DeliveryJob>().CountAsync()));
        Assert.Equal(FollowState.Pending, await FollowingStateAsync(b));

        var listed = await client.GetFromJsonAsync<JsonArray>("/api/v1/collectives/food-bank/follow-requests");
        var request = Assert.Single(listed!);
        Assert.Equal(pending[0].Id, request!["id"]!.GetValue<long>());
        Assert.Equal("@instance_actor@b.test", request["handle"]!.GetValue<string>());

        using (var accepted = await client.PostAsync($"/api/v1/collectives/food-bank/follow-requests/{pending[0].Id}/accept", null))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await b.EventuallyAsync(db => db.Set<Following>().Where(f => f.RemoteActorIri == "https://a.test/actors/food-bank").Select(f => f.State).SingleAsync(),
            s => s == FollowState.Accepted, "the Accept on b.test");
        var accept = await a.InDatabaseAsync(db => db.Set<OutboxActivity>().SingleAsync(o => o.Type == "Accept"));
        var follow = JsonNode.Parse(accept.Document)!["object"]!;
        Assert.Equal(pending[0].FollowActivityIri, follow["id"]!.GetValue<string>());
        Assert.Equal("Follow", follow["type"]!.GetValue<string>());
        Assert.Empty((await client.GetFromJsonAsync<JsonArray>("/api/v1/collectives/food-bank/follow-requests"))!);

        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        await b.EventuallyAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == $"https://a.test/listings/{id}"), n => n == 1, "the listing after approval");

        using var again = await client.PostAsync($"/api/v1/collectives/food-bank/follow-requests/{pending[0].Id}/reject", null);
        await AssertProblemAsync(again, HttpStatusCode.Conflict);
        using var unknown = await client.PostAsync("/api/v1/collectives/food-bank/follow-requests/987654/accept", null);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_listing_actors_of_a_collective_that_approves_by_hand_wait_for_the_collectives_admins()
    {
        const string fund = "https://a.test/actors/food-bank.rent-fund";
        var (a, b, admin) = await ManualCollectiveAsync();
        using var client = await FediverseSteps.LoggedInAsync(a, admin);
        await FediverseSteps.CreateListingAsync(client, "food-bank", ListingActors.ListingActorSteps.Fund());

        // The fund's actor says what its collective says, so Mastodon shows the follow as requested.
        using (var actor = new HttpRequestMessage(HttpMethod.Get, fund))
        {
            actor.Headers.Accept.ParseAdd("application/activity+json");
            using var answer = await FediverseSteps.SignedClient(b).SendAsync(actor);
            Assert.True(JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["manuallyApprovesFollowers"]!.GetValue<bool>());
        }

        await using (var scope = b.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FollowRemoteActor>().ExecuteAsync("@food-bank.rent-fund@a.test", null, CancellationToken.None);
        }

        var pending = await a.EventuallyAsync(db => db.Set<Follower>().AsNoTracking().Where(f => f.LocalActorIri == fund).ToListAsync(),
            f => f.Count == 1, "the follow request of the fund");
        Assert.Equal(FollowState.Pending, pending[0].State);
        var request = Assert.Single((await client.GetFromJsonAsync<JsonArray>("/api/v1/collectives/food-bank/follow-requests"))!);
        Assert.Equal(fund, request!["followedIri"]!.GetValue<string>());

        using (var accepted = await client.PostAsync($"/api/v1/collectives/food-bank/follow-requests/{pending[0].Id}/accept", null))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await b.EventuallyAsync(db => db.Set<Following>().Where(f => f.RemoteActorIri == fund).Select(f => f.State).SingleAsync(),
            s => s == FollowState.Accepted, "the fund's Accept on b.test");
        var accept = await a.InDatabaseAsync(db => db.Set<OutboxActivity>().SingleAsync(o => o.Type == "Accept"));
        Assert.Equal(fund, accept.ActorIri);
    }

    [Fact]
    public async Task A_rejected_follow_is_recorded_as_rejected_on_the_follower_and_nothing_is_delivered()
    {
        var (a, b, admin) = await ManualCollectiveAsync();
        using var client = await FediverseSteps.LoggedInAsync(a, admin);
        await AskToFollowAsync(b);
        var id = await a.EventuallyAsync(db => db.Set<Follower>().Select(f => f.Id).FirstOrDefaultAsync(), i => i != 0, "the follow request");

        using (var rejected = await client.PostAsync($"/api/v1/collectives/food-bank/follow-requests/{id}/reject", null))
        {
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
            Assert.Equal("rejected", (await rejected.Content.ReadFromJsonAsync<JsonObject>())!["state"]!.GetValue<string>());
        }

        await b.EventuallyAsync(_ => FollowingStateAsync(b), s => s == FollowState.Rejected, "the Reject on b.test");
        Assert.Equal(0, await a.InDatabaseAsync(db => db.Set<OutboxActivity>().CountAsync(o => o.Type == "Accept")));
        await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        Assert.Equal(0, await a.InDatabaseAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.Activity!.Type == "Create")));
    }

    [Fact]
    public async Task Only_admins_of_the_collective_see_and_answer_its_follow_requests()
    {
        var (a, b, admin) = await ManualCollectiveAsync();
        var editor = await a.AddMemberAsync("food-bank", MemberRole.Editor);
        var other = await a.CreateCollectiveWithAdminAsync("tenants");
        await AskToFollowAsync(b);
        var id = await a.EventuallyAsync(db => db.Set<Follower>().Select(f => f.Id).FirstOrDefaultAsync(), i => i != 0, "the follow request");

        using var editorClient = await FediverseSteps.LoggedInAsync(a, editor);
        using (var response = await editorClient.GetAsync("/api/v1/collectives/food-bank/follow-requests"))
        {
            await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        }

        using var otherClient = await FediverseSteps.LoggedInAsync(a, other);
        using (var response = await otherClient.PostAsync($"/api/v1/collectives/food-bank/follow-requests/{id}/accept", null))
        {
            await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        }

        // An id belonging to another collective's requests is unknown here.
        using (var response = await otherClient.PostAsync($"/api/v1/collectives/tenants/follow-requests/{id}/accept", null))
        {
            await AssertProblemAsync(response, HttpStatusCode.NotFound);
        }

        using var anonymous = a.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/collectives/food-bank/follow-requests")).StatusCode);
        Assert.Equal(FollowState.Pending, await a.InDatabaseAsync(db => db.Set<Follower>().Where(f => f.Id == id).Select(f => f.State).SingleAsync()));
        using var adminClient = await FediverseSteps.LoggedInAsync(a, admin);
        Assert.Single((await adminClient.GetFromJsonAsync<JsonArray>("/api/v1/collectives/food-bank/follow-requests"))!);
    }

    [Fact]
    public async Task Operators_answer_follows_of_the_instance_actor()
    {
        var a = _fediverse.Add("a.test", settings: new Dictionary<string, string> { ["MutualAid:Federation:Operators:0"] = "member-1@ops.test" });
        var b = _fediverse.Add("b.test");
        var operatorMember = await a.CreateCollectiveWithAdminAsync("ops");
        var plain = await a.CreateCollectiveWithAdminAsync("tenants");
        Assert.Equal("member-1@ops.test", operatorMember.Email);
        await using (var scope = b.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FollowRemoteActor>().ExecuteAsync("https://a.test/actors/instance_actor", null, CancellationToken.None);
        }

        var id = await a.EventuallyAsync(db => db.Set<Follower>().Where(f => f.LocalActorIri == "https://a.test/actors/instance_actor").Select(f => f.Id).FirstOrDefaultAsync(), i => i != 0, "the follow of the instance actor");
        using var plainClient = await FediverseSteps.LoggedInAsync(a, plain);
        using (var response = await plainClient.GetAsync("/api/v1/admin/federation/follow-requests"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var client = await FediverseSteps.LoggedInAsync(a, operatorMember);
        var listed = await client.GetFromJsonAsync<JsonArray>("/api/v1/admin/federation/follow-requests");
        Assert.Equal(id, Assert.Single(listed!)!["id"]!.GetValue<long>());
        using (var accepted = await client.PostAsync($"/api/v1/admin/federation/follow-requests/{id}/accept", null))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await b.EventuallyAsync(db => db.Set<Following>().Where(f => f.RemoteActorIri == "https://a.test/actors/instance_actor").Select(f => f.State).SingleAsync(),
            s => s == FollowState.Accepted, "the Accept on b.test");
        using var again = await client.PostAsync($"/api/v1/admin/federation/follow-requests/{id}/accept", null);
        await AssertProblemAsync(again, HttpStatusCode.Conflict);
    }

    public void Dispose() => _fediverse.Dispose();

    private async Task<(FediverseInstance A, FediverseInstance B, TestMember Admin)> ManualCollectiveAsync()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var admin = await a.CreateCollectiveWithAdminAsync("food-bank");
        using var client = await FediverseSteps.LoggedInAsync(a, admin);
        using var response = await client.PutAsJsonAsync("/api/v1/collectives/food-bank", new { name = "Food bank", languages = new[] { "en" }, manuallyApprovesFollowers = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonObject>())!["manuallyApprovesFollowers"]!.GetValue<bool>());

        // The actor document says so, which is how Mastodon knows to show the follow as "requested".
        using var actor = new HttpRequestMessage(HttpMethod.Get, "https://a.test/actors/food-bank");
        actor.Headers.Accept.ParseAdd("application/activity+json");
        using var answer = await FediverseSteps.SignedClient(b).SendAsync(actor);
        Assert.True(JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["manuallyApprovesFollowers"]!.GetValue<bool>());
        return (a, b, admin);
    }

    private static async Task AskToFollowAsync(FediverseInstance follower)
    {
        await using var scope = follower.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FollowRemoteActor>().ExecuteAsync("@food-bank@a.test", null, CancellationToken.None);
    }

    private static Task<FollowState> FollowingStateAsync(FediverseInstance follower) =>
        follower.InDatabaseAsync(db => db.Set<Following>().Where(f => f.RemoteActorIri == "https://a.test/actors/food-bank").Select(f => f.State).SingleAsync());

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
    }
}
