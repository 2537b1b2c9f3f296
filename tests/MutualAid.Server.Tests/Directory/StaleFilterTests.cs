using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Listings;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>Listings marked stale (their instance stopped answering) in the one search path: JSON, HTML and Atom.</summary>
public sealed class StaleFilterTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    private static readonly DateTimeOffset Since = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Stale_listings_leave_default_results_and_come_back_marked_with_include_stale()
    {
        var fresh = await DirectorySeeds.AddRemoteAsync(factory, "Fresh lanterns", "lively.example");
        var stale = await DirectorySeeds.AddRemoteAsync(factory, "Quiet lanterns", "quiet.example");
        await factory.InDatabaseAsync(db => db.Listings.Where(l => l.Id == stale.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.Origin.StaleSince, Since)));

        using var client = factory.CreateClient();
        Assert.Equal(["Fresh lanterns"], await DirectorySeeds.TitlesAsync(client, "q=lanterns"));
        Assert.Equal(["Fresh lanterns", "Quiet lanterns"], (await DirectorySeeds.TitlesAsync(client, "q=lanterns&includeStale=true")).Order(StringComparer.Ordinal));
        var items = JsonNode.Parse(await client.GetStringAsync("/api/v1/directory/search?q=lanterns&includeStale=true"))!["items"]!.AsArray();
        var quiet = items.Single(i => i!["listing"]!["title"]!.GetValue<string>() == "Quiet lanterns")!;
        Assert.True(quiet["stale"]!.GetValue<bool>());
        Assert.Equal(Since, quiet["staleSince"]!.GetValue<DateTimeOffset>());
        var lively = items.Single(i => i!["listing"]!["title"]!.GetValue<string>() == "Fresh lanterns")!;
        Assert.False(lively["stale"]!.GetValue<bool>());
        Assert.Null(lively["staleSince"]);

        var html = await client.GetStringAsync("/search?q=lanterns&includeStale=true&lang=es");
        var date = Since.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("es"));
        Assert.Contains($"Puede estar desactualizado: quiet.example no responde desde el {date}.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(stale.PublicId, await client.GetStringAsync("/search?q=lanterns"), StringComparison.Ordinal);
        Assert.DoesNotContain(stale.PublicId, await client.GetStringAsync("/search.atom?q=lanterns"), StringComparison.Ordinal);
        Assert.Contains(fresh.PublicId, await client.GetStringAsync("/search.atom?q=lanterns"), StringComparison.Ordinal);
        Assert.Contains(stale.PublicId, await client.GetStringAsync("/search.atom?q=lanterns&includeStale=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_discovery_page_lists_instances_known_from_listings_before_any_check()
    {
        await DirectorySeeds.AddRemoteAsync(factory, "Blankets needed", "unchecked.example");
        using var client = factory.CreateClient();
        Assert.Contains("href=\"/directory/instances\"", await client.GetStringAsync("/about"), StringComparison.Ordinal);

        var page = await client.GetStringAsync("/directory/instances?lang=es");
        Assert.Contains("<h1>Instancias conocidas</h1>", page, StringComparison.Ordinal);
        Assert.Contains("dir=\"ltr\">unchecked.example</h2>", page, StringComparison.Ordinal);
        Assert.Contains("aún sin comprobar", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?instance=unchecked.example\"", page, StringComparison.Ordinal);
    }
}
