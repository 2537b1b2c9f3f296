using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Federation;
using MutualAid.Federation.Publishing;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.ListingActors;

/// <summary>Intent methods for the listing actor tests.</summary>
internal static class ListingActorSteps
{
    /// <summary>A followable fund in English with a chosen handle: 1,200 of 5,000.25 EUR raised.</summary>
    public static JsonObject Fund(string actorSlug = "rent-fund")
    {
        var fund = ListingSamples.Fund();
        fund["title"] = "Rent strike fund";
        // The sample is an Arabic fund; these tests read the English wording (NoteWordingTests cover the others).
        fund["language"] = "en";
        fund["followable"] = true;
        fund["actorSlug"] = actorSlug;
        return fund;
    }

    /// <summary>The instance actor of <paramref name="follower"/> follows a handle and the Accept comes back.</summary>
    public static async Task FollowHandleAsync(FediverseInstance follower, string handle, string actorIri)
    {
        await using (var scope = follower.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FollowRemoteActor>().ExecuteAsync(handle, null, CancellationToken.None);
        }

        await follower.EventuallyAsync(
            db => db.Set<Following>().Where(f => f.RemoteActorIri == actorIri).Select(f => f.State).FirstOrDefaultAsync(),
            state => state == FollowState.Accepted, "the Accept of the follow of " + handle);
    }

    /// <summary>Replaces the listing (PUT) at <paramref name="version"/> after applying <paramref name="edit"/> to <paramref name="body"/>.</summary>
    public static async Task EditAsync(HttpClient client, string slug, string id, JsonObject body, int version, Action<JsonObject> edit)
    {
        edit(body);
        body["version"] = version;
        using var response = await client.PutAsJsonAsync($"/api/v1/collectives/{slug}/listings/{id}", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Activities of type <paramref name="type"/> by <paramref name="actorIri"/> that reached <paramref name="instance"/>'s inbox.</summary>
    public static Task<List<string>> ReceivedAsync(FediverseInstance instance, string actorIri, string type) =>
        instance.InDatabaseAsync(db => db.Set<InboxItem>().AsNoTracking()
            .Where(i => i.ActorIri == actorIri && i.ActivityType == type && i.State == InboxItemState.Processed)
            .OrderBy(i => i.Id).Select(i => i.Document).ToListAsync());

    public static HttpClient ActivityPubClient(FediverseInstance instance)
    {
        var client = instance.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(instance.Base) });
        client.DefaultRequestHeaders.Accept.ParseAdd("application/activity+json");
        return client;
    }

    /// <summary>The plain text of a received Create's Note, for assertions on what a Mastodon reader sees.</summary>
    public static string NoteText(string activity)
    {
        var html = JsonNode.Parse(activity)!["object"]!["content"]!.GetValue<string>();
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "));
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
    }
}
