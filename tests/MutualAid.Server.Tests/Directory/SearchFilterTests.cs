using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MutualAid.Core.Listings;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>Which listings a search may return and how filters, sorting and paging narrow them.</summary>
public sealed class SearchFilterTests(ClockedAppFactory factory) : IClassFixture<ClockedAppFactory>
{
    [Fact]
    public async Task Only_public_open_unexpired_listings_are_listed_by_default()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var scope = $"collective={member.Slug}";
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer("Open and public"));
        foreach (var (field, value, title) in new[] { ("visibility", "unlisted", "Unlisted one"), ("visibility", "followersOnly", "Followers one"), ("status", "paused", "Paused one"), ("status", "fulfilled", "Fulfilled one") })
        {
            var listing = DirectorySeeds.Offer(title);
            listing[field] = value;
            await DirectorySeeds.PublishAsync(client, member.Slug, listing);
        }

        var expiring = DirectorySeeds.Offer("Expiring soon");
        expiring["expiresAt"] = factory.Clock.GetUtcNow().AddHours(1).ToString("O");
        await DirectorySeeds.PublishAsync(client, member.Slug, expiring);

        using var anonymous = factory.CreateClient();
        Assert.Equal(["Expiring soon", "Open and public"], await DirectorySeeds.TitlesAsync(anonymous, scope));
        Assert.Equal(["Paused one"], await DirectorySeeds.TitlesAsync(anonymous, scope + "&status=paused"));

        factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(["Open and public"], await DirectorySeeds.TitlesAsync(anonymous, scope));
        Assert.Equal(["Expiring soon"], await DirectorySeeds.TitlesAsync(anonymous, scope + "&status=expired"));
        // Even members never see unlisted or followers-only listings in the directory.
        Assert.DoesNotContain("Unlisted one", await DirectorySeeds.TitlesAsync(client, scope + "&limit=100"));
        Assert.DoesNotContain("Followers one", await DirectorySeeds.TitlesAsync(client, scope + "&limit=100"));
    }

    [Fact]
    public async Task Kind_category_language_and_urgency_filters_combine()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        foreach (var kind in ListingSamples.Kinds)
        {
            await DirectorySeeds.PublishAsync(client, member.Slug, ListingSamples.For(kind));
        }

        var critical = ListingSamples.Need();
        critical["title"] = "Insulin today";
        critical["need"]!["urgency"] = "critical";
        critical["language"] = "es-MX";
        await DirectorySeeds.PublishAsync(client, member.Slug, critical);
        var scope = $"collective={member.Slug}";

        Assert.Equal(["Tanda del mercado"], await DirectorySeeds.TitlesAsync(client, scope + "&kind=savingsCircle"));
        Assert.Equal(["Spare winter coats", "صندوق الإيجار"], (await DirectorySeeds.TitlesAsync(client, scope + "&category=housing")).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["Insulin today", "Tanda del mercado", "Necesitamos pañales"], await DirectorySeeds.TitlesAsync(client, scope + "&language=es"));
        Assert.Equal(["Insulin today", "Necesitamos pañales"], await DirectorySeeds.TitlesAsync(client, scope + "&urgency=high"));
        Assert.Equal(["Insulin today"], await DirectorySeeds.TitlesAsync(client, scope + "&urgency=critical"));
        var urgentFirst = await DirectorySeeds.TitlesAsync(client, scope + "&sort=urgent");
        Assert.Equal(["Insulin today", "Necesitamos pañales"], urgentFirst.Take(2));
        Assert.Equal(7, urgentFirst.Count);

        // Paging one at a time crosses from the needs to the rest without gaps or repeats.
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?{scope}&sort=urgent&limit=1" + (cursor is null ? "" : "&cursor=" + cursor)))!;
            paged.AddRange(page["items"]!.AsArray().Select(i => i!["listing"]!["title"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        Assert.Equal(urgentFirst, paged);
    }

    [Fact]
    public async Task Remote_listings_are_searched_with_local_ones_and_filter_by_instance()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer($"Local {word}"));
        await DirectorySeeds.AddRemoteAsync(factory, $"Remote {word}", "aid.example.net");
        await DirectorySeeds.AddRemoteAsync(factory, $"Hidden {word}", "aid.example.net", visibility: ListingVisibility.FollowersOnly);

        Assert.Equal([$"Local {word}", $"Remote {word}"], await DirectorySeeds.TitlesAsync(client, "q=" + word));
        Assert.Equal([$"Remote {word}"], await DirectorySeeds.TitlesAsync(client, $"q={word}&instance=aid.example.net"));
        Assert.Equal([$"Local {word}"], await DirectorySeeds.TitlesAsync(client, $"q={word}&instance=aid.test"));
        Assert.Equal([$"Remote {word}"], await DirectorySeeds.TitlesAsync(client, $"q={word}&origin=remote"));

        var page = JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?q={word}&origin=remote"))!["items"]![0]!;
        Assert.Equal("aid.example.net", page["instanceDomain"]!.GetValue<string>());
        Assert.True(page["isRemote"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Near_a_point_keeps_the_radius_and_sorts_by_distance_on_public_points()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer($"Sol {word}", latitude: 40.4169, longitude: -3.7035, place: "Puerta del Sol"));
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer($"Getafe {word}", latitude: 40.3057, longitude: -3.7327, place: "Getafe"));
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer($"Toledo {word}", latitude: 39.8628, longitude: -4.0273, place: "Toledo"));
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer($"Nowhere {word}"));

        Assert.Equal([$"Sol {word}", $"Getafe {word}"], await DirectorySeeds.TitlesAsync(client, $"q={word}&lat=40.4168&lon=-3.7038&radius=25&sort=nearest"));
        Assert.Equal([$"Sol {word}", $"Getafe {word}", $"Toledo {word}"], await DirectorySeeds.TitlesAsync(client, $"q={word}&lat=40.4168&lon=-3.7038&radius=100&sort=nearest"));
        Assert.Equal([$"Toledo {word}", $"Getafe {word}", $"Sol {word}"], await DirectorySeeds.TitlesAsync(client, $"q={word}&lat=39.86&lon=-4.02&radius=100&sort=nearest"));

        var first = JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?q={word}&lat=40.4168&lon=-3.7038&sort=nearest"))!["items"]![1]!;
        Assert.InRange(first["distanceKm"]!.GetValue<double>(), 10, 14);
        // Only the coarsened point ever leaves the server.
        Assert.Equal(40.305, first["listing"]!["location"]!["latitude"]!.GetValue<double>(), 3);
    }

    [Fact]
    public async Task A_place_name_is_looked_up_among_stored_places_and_unknown_places_are_explained()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer($"Near {word}", latitude: 41.3874, longitude: 2.1686, place: "Raval, Barcelona"));
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer($"Far {word}", latitude: 40.4169, longitude: -3.7035, place: "Madrid"));

        var page = JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?q={word}&place=raval"))!;
        Assert.Equal([$"Near {word}"], page["items"]!.AsArray().Select(i => i!["listing"]!["title"]!.GetValue<string>()));
        Assert.Equal("Raval, Barcelona", page["place"]!["name"]!.GetValue<string>());

        using var unknown = await client.GetAsync($"/api/v1/directory/search?place=Atlantis{word}");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("place", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_follow_the_cursor_and_bad_parameters_are_validation_problems()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        for (var i = 0; i < 5; i++)
        {
            await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer($"Paged {i}"));
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?collective={member.Slug}&limit=2" + (cursor is null ? "" : "&cursor=" + cursor)))!;
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["listing"]!["title"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        Assert.Equal(["Paged 4", "Paged 3", "Paged 2", "Paged 1", "Paged 0"], seen);

        foreach (var bad in new[] { "kind=banana", "limit=0", "limit=101", "radius=-1&lat=1&lon=1", "lat=95&lon=0", "lat=1", "cursor=nope", "sort=nearest", "urgency=extreme" })
        {
            using var response = await client.GetAsync("/api/v1/directory/search?" + bad);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{bad}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
