using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Federation;
using MutualAid.Federation.Publishing;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests;

/// <summary>Intent methods shared by the multi-instance tests.</summary>
internal static class FediverseSteps
{
    /// <summary>The instance actor of <paramref name="follower"/> follows the collective and the Accept comes back.</summary>
    public static async Task FollowAsync(FediverseInstance follower, FediverseInstance followed, string slug)
    {
        await using (var scope = follower.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FollowRemoteActor>().ExecuteAsync($"@{slug}@{followed.Domain}", null, CancellationToken.None);
        }

        await follower.EventuallyAsync(
            db => db.Set<Following>().Where(f => f.RemoteActorIri == $"{followed.Base}/actors/{slug}").Select(f => f.State).FirstOrDefaultAsync(),
            state => state == FollowState.Accepted, "the Accept of the follow");
    }

    public static async Task<string> CreateListingAsync(HttpClient client, string slug, JsonObject body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{slug}/listings", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!["id"]!.GetValue<string>();
    }

    public static async Task<HttpClient> LoggedInAsync(FediverseInstance instance, TestMember member)
    {
        var client = instance.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri(instance.Base) });
        await client.LoginAsync(member.Email, member.Password);
        return client;
    }

    /// <summary>A client that goes through the fediverse network, signed by <paramref name="signer"/>'s instance actor.</summary>
    public static HttpClient SignedClient(FediverseInstance signer) =>
        signer.Services.GetRequiredService<IHttpClientFactory>().CreateClient("federation");

    /// <summary>Stores an activity as the inbox stores an authenticated one and waits until it is processed.</summary>
    public static async Task ReceiveAuthenticatedAsync(FediverseInstance instance, JsonObject activity)
    {
        var item = await ReceiveOnceAsync(instance, activity);
        Assert.True(item.State == InboxItemState.Processed, $"{item.ActivityIri} was not processed: {item.Error}");
    }

    /// <summary>Stores an activity as the inbox does and returns its row after the first attempt, whether it failed or not.</summary>
    public static async Task<InboxItem> ReceiveOnceAsync(FediverseInstance instance, JsonObject activity)
    {
        var id = activity["id"]!.GetValue<string>();
        await instance.InDatabaseAsync(async db =>
        {
            db.Set<InboxItem>().Add(new InboxItem
            {
                ActivityIri = id,
                ActivityType = activity["type"]!.GetValue<string>(),
                ActorIri = activity["actor"]!.GetValue<string>(),
                Document = activity.ToJsonString(),
                ReceivedAt = DateTimeOffset.UtcNow,
                NextAttemptAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return await instance.EventuallyAsync(db => db.Set<InboxItem>().AsNoTracking().SingleAsync(i => i.ActivityIri == id),
            i => i.State != InboxItemState.Pending || i.Attempts > 0, "processing of " + activity["type"]);
    }
}
