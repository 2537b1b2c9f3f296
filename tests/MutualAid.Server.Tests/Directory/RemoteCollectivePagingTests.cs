using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MutualAid.Server.Tests.Web;
using MutualAid.Server.Tests.Web.Followable;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>/directory/collective?actor=… a page at a time: followable listings first, then the rest, newest first, id last.</summary>
public sealed partial class RemoteCollectivePagingTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    private static readonly DateTimeOffset Base = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Pages_walk_every_listing_once_followable_first_across_pages_and_back()
    {
        var domain = $"p{Guid.NewGuid():N}"[..12] + ".example";
        var collective = await FollowableSeeds.AddRemoteCollectiveAsync(factory, domain, "camp", "Camp");
        var listings = new List<(string Title, long Id, DateTimeOffset Published, bool Followable)>();
        // 8 followable and 7 others, with publication times that repeat, so the id has to break ties.
        for (var i = 0; i < 15; i++)
        {
            var followable = i % 2 == 0;
            var listing = await FollowableSeeds.AddRemoteFundAsync(factory, collective, $"Paged fund {i:D2}", followable ? $"camp.fund{i}" : null, followers: followable ? i : null);
            var published = Base.AddHours(i % 4);
            await factory.InDatabaseAsync(db => db.Listings.Where(l => l.Id == listing.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.PublishedAt, published)));
            listings.Add((listing.Title, listing.Id, published, followable));
        }

        var expected = listings
            .OrderByDescending(l => l.Followable).ThenByDescending(l => l.Published).ThenByDescending(l => l.Id)
            .Select(l => l.Title).ToList();

        using var client = WebClients.Browser(factory);
        var path = $"/directory/collective?actor={Uri.EscapeDataString(collective)}&limit=3&lang=en";
        var pages = new List<string>();
        var walked = new List<string>();
        while (path is not null)
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            pages.Add(path);
            var titles = Title().Matches(html).Select(m => m.Value).ToList();
            Assert.Equal(3, titles.Count);
            walked.AddRange(titles);
            Assert.Equal(pages.Count > 1, html.Contains("rel=\"prev\"", StringComparison.Ordinal));
            path = NextLink().Match(html) is { Success: true } next ? WebUtility.HtmlDecode(next.Groups[1].Value) : null;
        }

        Assert.Equal(5, pages.Count);
        Assert.Equal(expected, walked);
        // Page 3 holds the last two followable listings and the first other one: the cursor crossed the boundary.
        var third = await client.GetStringAsync(pages[2]);
        Assert.Contains("aria-labelledby=\"followable-h\"", third, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"others-h\"", third, StringComparison.Ordinal);

        // Previous from the last page gives page three again.
        var last = await client.GetStringAsync(pages[^1]);
        var previous = WebUtility.HtmlDecode(PreviousLink().Match(last).Groups[1].Value);
        Assert.Equal(expected[9..12], Title().Matches(await client.GetStringAsync(previous)).Select(m => m.Value));
    }

    [Theory]
    [InlineData("limit=0", "en", "Must be between 1 and 100.")]
    [InlineData("limit=x", "es", "Debe estar entre 1 y 100.")]
    [InlineData("cursor=bm9wZQ", "es", "No es un cursor devuelto por este servidor.")]
    [InlineData("cursor=cmM6YQoxCng5Cjc", "en", "Not a cursor returned by this server.")]
    public async Task A_bad_page_size_or_cursor_is_a_translated_error_not_a_crash(string query, string language, string message)
    {
        var domain = $"q{Guid.NewGuid():N}"[..12] + ".example";
        var collective = await FollowableSeeds.AddRemoteCollectiveAsync(factory, domain, "camp", "Camp");
        await FollowableSeeds.AddRemoteFundAsync(factory, collective, "Lonely fund", null, null);

        using var client = WebClients.Browser(factory);
        using var response = await client.GetAsync($"/directory/collective?actor={Uri.EscapeDataString(collective)}&lang={language}&{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/directory/collective?actor={Uri.EscapeDataString(collective)}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_page_has_no_paging_links()
    {
        var domain = $"o{Guid.NewGuid():N}"[..12] + ".example";
        var collective = await FollowableSeeds.AddRemoteCollectiveAsync(factory, domain, "camp", "Camp");
        await FollowableSeeds.AddRemoteFundAsync(factory, collective, "Paged fund 99", "camp.only", 3);

        using var client = WebClients.Browser(factory);
        var html = await client.GetStringAsync($"/directory/collective?actor={Uri.EscapeDataString(collective)}");
        Assert.Single(Title().Matches(html));
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("Paged fund \\d\\d")]
    private static partial Regex Title();

    [GeneratedRegex("<a rel=\"next\" href=\"([^\"]+)\">")]
    private static partial Regex NextLink();

    [GeneratedRegex("<a rel=\"prev\" href=\"([^\"]+)\">")]
    private static partial Regex PreviousLink();
}
