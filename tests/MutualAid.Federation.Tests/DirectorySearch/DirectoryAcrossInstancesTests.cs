using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.DirectorySearch;

/// <summary>
/// The directory's promise across instances: what a collective publishes on B is found by search on A (which
/// follows it), and a listing closed on B leaves A's open results. Search is the JSON face of the same query the
/// pages and feeds use.
/// </summary>
public sealed class DirectoryAcrossInstancesTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    public void Dispose() => _fediverse.Dispose();

    [Fact]
    public async Task A_listing_published_on_one_instance_is_found_on_another_until_it_is_closed()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("tool-library");
        await FediverseSteps.FollowAsync(a, b, "tool-library");
        using var publisher = await FediverseSteps.LoggedInAsync(b, member);
        var offer = ListingSamples.Offer();
        offer["title"] = "Ladders and drills to lend";
        var id = await FediverseSteps.CreateListingAsync(publisher, "tool-library", offer);

        using var reader = a.CreateClient();
        var found = await EventuallyFoundAsync(reader, "ladders", expected: true);
        var entry = Assert.Single(found);
        Assert.Equal("Ladders and drills to lend", entry!["listing"]!["title"]!.GetValue<string>());
        Assert.Equal("b.test", entry["instanceDomain"]!.GetValue<string>());

        var close = ListingSamples.Offer();
        close["title"] = "Ladders and drills to lend";
        close["status"] = "closed";
        close["version"] = 1;
        (await publisher.PutAsJsonAsync($"/api/v1/collectives/tool-library/listings/{id}", close)).EnsureSuccessStatusCode();

        Assert.Empty(await EventuallyFoundAsync(reader, "ladders", expected: false));
        var closed = JsonNode.Parse(await reader.GetStringAsync("/api/v1/directory/search?q=ladders&status=closed"))!["items"]!.AsArray();
        Assert.Single(closed);
    }

    private static async Task<JsonArray> EventuallyFoundAsync(HttpClient reader, string query, bool expected)
    {
        // Delivery runs on the instances' background workers; poll briefly instead of sleeping a fixed time.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var items = JsonNode.Parse(await reader.GetStringAsync($"/api/v1/directory/search?q={query}", deadline.Token))!["items"]!.AsArray();
            if ((items.Count > 0) == expected)
            {
                return items;
            }

            await Task.Delay(100, deadline.Token);
        }
    }
}
