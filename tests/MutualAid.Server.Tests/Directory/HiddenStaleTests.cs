using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Server.Tests.Web;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>Searches say how many listings of instances gone quiet they left out, and link to them (HTML, JSON, Atom).</summary>
public sealed class HiddenStaleTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    private static readonly DateTimeOffset Since = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Hidden_stale_listings_are_counted_in_json_html_and_atom_and_the_link_brings_them_back()
    {
        var word = Word();
        await AddAsync($"{word} fresh", Domain("lively"), stale: false);
        var quiet = Domain("quiet");
        for (var i = 0; i < 3; i++)
        {
            await AddAsync($"{word} quiet {i}", quiet, stale: true);
        }

        using var client = WebClients.Browser(factory);
        var json = JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?q={word}"))!;
        Assert.Single(json["items"]!.AsArray());
        Assert.Equal(3, json["hiddenStale"]!.GetValue<int>());
        Assert.Null(json["hiddenStaleCapped"]);

        var english = await client.GetStringAsync($"/search?q={word}&lang=en");
        Assert.Contains($"3 listings from instances that have not answered for 3 days are hidden. <a href=\"/search?q={word}&amp;lang=en&amp;includeStale=true\">Show them</a>", english, StringComparison.Ordinal);
        var spanish = await client.GetStringAsync($"/search?q={word}&lang=es");
        Assert.Contains("Se ocultan 3 anuncios de instancias que no responden desde hace 3 días.", spanish, StringComparison.Ordinal);
        Assert.Contains(">Mostrarlos</a>", spanish, StringComparison.Ordinal);
        var arabic = await client.GetStringAsync($"/search?q={word}&lang=ar");
        Assert.Contains("عدد الإعلانات المخفية من خوادم لم تستجب منذ مدة (3 أيام): 3.", arabic, StringComparison.Ordinal);

        var shown = await client.GetStringAsync($"/search?q={word}&lang=en&includeStale=true");
        Assert.Contains("Showing 4 listings", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("are hidden", shown, StringComparison.Ordinal);
        Assert.Null(JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?q={word}&includeStale=true"))!["hiddenStale"]);

        var atom = await client.GetStringAsync($"/search.atom?q={word}");
        Assert.Contains("<subtitle>3 listings from instances that have not answered for 3 days are hidden.</subtitle>", atom, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"related\" href=\"https://aid.test/search.atom?q={word}&amp;includeStale=true\" type=\"application/atom+xml\"", atom, StringComparison.Ordinal);
        Assert.DoesNotContain("<subtitle>", await client.GetStringAsync($"/search.atom?q={word}&includeStale=true"), StringComparison.Ordinal);

        // Near a place the distance is decided in memory; the hidden ones are measured the same way.
        var near = JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?q={word}&lat=52.5&lon=13.4&radius=5"))!;
        Assert.Equal(3, near["hiddenStale"]!.GetValue<int>());
        Assert.Null(JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?q={word}&lat=40.4&lon=-3.7&radius=5"))!["hiddenStale"]);
    }

    [Fact]
    public async Task Nothing_is_said_when_nothing_is_hidden_and_one_hidden_listing_reads_as_one()
    {
        var word = Word();
        await AddAsync($"{word} fresh", Domain("lively"), stale: false);
        using var client = WebClients.Browser(factory);
        Assert.Null(JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?q={word}"))!["hiddenStale"]);
        var html = await client.GetStringAsync($"/search?q={word}&lang=en");
        Assert.DoesNotContain("are hidden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("includeStale=true", html, StringComparison.Ordinal);

        await AddAsync($"{word} quiet", Domain("quiet"), stale: true);
        Assert.Contains("1 listing from an instance that has not answered for 3 days is hidden.", await client.GetStringAsync($"/search?q={word}&lang=en"), StringComparison.Ordinal);
        Assert.Contains("Se oculta 1 anuncio de una instancia que no responde desde hace 3 días.", await client.GetStringAsync($"/search?q={word}&lang=es"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_count_waits_for_the_last_page_and_stops_at_the_cap()
    {
        var word = Word();
        await AddAsync($"{word} fresh one", Domain("lively"), stale: false);
        await AddAsync($"{word} fresh two", Domain("lively"), stale: false);
        var quiet = Domain("quiet");
        await AddManyStaleAsync(word, quiet, 101);

        using var client = WebClients.Browser(factory);
        var first = JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?q={word}&limit=1"))!;
        Assert.Null(first["hiddenStale"]);
        var last = JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?q={word}&limit=1&cursor={first["nextCursor"]!.GetValue<string>()}"))!;
        Assert.Null(last["nextCursor"]);
        Assert.Equal(100, last["hiddenStale"]!.GetValue<int>());
        Assert.True(last["hiddenStaleCapped"]!.GetValue<bool>());
        Assert.Contains("More than 100 listings from instances that have not answered for 3 days are hidden.", await client.GetStringAsync($"/search?q={word}&lang=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_hidden_stale()
    {
        using var client = WebClients.Browser(factory);
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        Assert.NotNull(document["components"]!["schemas"]!["DirectoryPage"]!["properties"]!["hiddenStale"]);
        Assert.Contains("hiddenStale (answer)", document["paths"]!["/api/v1/directory/search"]!["get"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string Word() => "lantern" + Guid.NewGuid().ToString("N")[..8];

    private static string Domain(string name) => $"{name}-{Guid.NewGuid():N}"[..20] + ".example";

    private async Task AddAsync(string title, string domain, bool stale)
    {
        var listing = await DirectorySeeds.AddRemoteAsync(factory, title, domain);
        if (stale)
        {
            await MarkStaleAsync(domain);
        }

        Assert.True(listing.Id > 0);
    }

    private async Task AddManyStaleAsync(string word, string domain, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await DirectorySeeds.AddRemoteAsync(factory, $"{word} quiet {i}", domain);
        }

        await MarkStaleAsync(domain);
    }

    /// <summary>What the instance watch does when an instance stops answering: the instance and its listings marked at once.</summary>
    private Task MarkStaleAsync(string domain) =>
        factory.InDatabaseAsync(async db =>
        {
            if (!await db.Set<KnownInstance>().AnyAsync(i => i.Domain == domain))
            {
                db.Set<KnownInstance>().Add(new KnownInstance { Domain = domain, FirstSeenAt = Since, StaleSince = Since });
                await db.SaveChangesAsync();
            }

            return await db.Listings.Where(l => l.Origin.Kind == OriginKind.Remote && l.Origin.InstanceDomain == domain)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Origin.StaleSince, Since));
        });
}
