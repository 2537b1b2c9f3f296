using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MutualAid.Core.Geography;
using MutualAid.Core.Listings;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Api;

public sealed class ListingQueryTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task Pages_follow_the_cursor_newest_first_without_gaps_or_repeats()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var sample = ListingSamples.Offer();
            sample["title"] = $"Offer {i}";
            using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", sample);
            created.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"/api/v1/collectives/{member.Slug}/listings?limit=2" + (cursor is null ? "" : "&cursor=" + cursor);
            var page = JsonNode.Parse(await client.GetStringAsync(url))!;
            seen.AddRange(page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(created), seen);
    }

    [Fact]
    public async Task Filters_by_kind_status_category_language_and_text()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        foreach (var kind in ListingSamples.Kinds)
        {
            using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", ListingSamples.For(kind));
            response.EnsureSuccessStatusCode();
        }

        var paused = ListingSamples.Offer();
        paused["status"] = "paused";
        paused["title"] = "Bicycle repair evenings";
        paused["categories"] = new JsonArray("transport");
        (await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", paused)).EnsureSuccessStatusCode();

        Assert.Equal(["Tanda del mercado"], await TitlesAsync(client, member, "kind=savingsCircle"));
        Assert.Equal(["Bicycle repair evenings"], await TitlesAsync(client, member, "status=paused"));
        Assert.Equal(["Bicycle repair evenings"], await TitlesAsync(client, member, "category=transport"));
        Assert.Equal(["صندوق الإيجار"], await TitlesAsync(client, member, "language=ar"));
        Assert.Equal(["Tanda del mercado", "Necesitamos pañales"], await TitlesAsync(client, member, "language=es"));
        Assert.Equal(["Free clinic"], await TitlesAsync(client, member, "q=CLINIC"));
        Assert.Equal(["Spare winter coats"], await TitlesAsync(client, member, "kind=offer&status=open&category=housing"));
    }

    [Theory]
    [InlineData("neighbourhood")]
    [InlineData("city")]
    public async Task Coarse_precision_never_returns_the_exact_point(string precision)
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var sample = ListingSamples.Offer();
        sample["location"]!["precision"] = precision;

        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", sample);
        var raw = await response.Content.ReadAsStringAsync();
        var location = JsonNode.Parse(raw)!["location"]!;

        Assert.DoesNotContain("40.408512", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("3.701234", raw, StringComparison.Ordinal);
        var expected = PointCoarsening.Coarsen(new GeoPoint(40.408512, -3.701234), Enum.Parse<LocationPrecision>(precision, ignoreCase: true));
        Assert.Equal(expected.Latitude, location["latitude"]!.GetValue<double>());
        Assert.Equal(expected.Longitude, location["longitude"]!.GetValue<double>());
        Assert.Equal(precision, location["precision"]!.GetValue<string>());
        var listed = await client.GetStringAsync($"/api/v1/collectives/{member.Slug}/listings");
        Assert.DoesNotContain("40.408512", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exact_precision_returns_the_exact_point()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var sample = ListingSamples.Service();
        sample["location"]!["precision"] = "exact";

        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", sample);
        var location = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["location"]!;

        Assert.Equal(40.408512, location["latitude"]!.GetValue<double>());
        Assert.Equal(-3.701234, location["longitude"]!.GetValue<double>());
    }

    private static async Task<List<string>> TitlesAsync(HttpClient client, TestMember member, string query)
    {
        var page = JsonNode.Parse(await client.GetStringAsync($"/api/v1/collectives/{member.Slug}/listings?{query}"))!;
        return page["items"]!.AsArray().Select(item => item!["title"]!.GetValue<string>()).ToList();
    }
}
