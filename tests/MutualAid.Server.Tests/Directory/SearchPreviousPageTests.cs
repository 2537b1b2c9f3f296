using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MutualAid.Server.Tests.Web;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>Search pages go back as well as forward, in the API (previousCursor) and on the page (rel=prev).</summary>
public sealed partial class SearchPreviousPageTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task The_api_s_previous_cursor_returns_the_page_before_and_is_null_on_the_first()
    {
        var word = await SeedAsync(5);
        using var client = factory.CreateClient();
        var first = await PageAsync(client, $"q={word}&limit=2");
        Assert.Null(first["previousCursor"]);
        var second = await PageAsync(client, $"q={word}&limit=2&cursor={first["nextCursor"]!.GetValue<string>()}");
        var third = await PageAsync(client, $"q={word}&limit=2&cursor={second["nextCursor"]!.GetValue<string>()}");
        Assert.Null(third["nextCursor"]);

        var backToSecond = await PageAsync(client, $"q={word}&limit=2&cursor={third["previousCursor"]!.GetValue<string>()}");
        Assert.Equal(Titles(second), Titles(backToSecond));
        var backToFirst = await PageAsync(client, $"q={word}&limit=2&cursor={backToSecond["previousCursor"]!.GetValue<string>()}");
        Assert.Equal(Titles(first), Titles(backToFirst));
        Assert.Equal(5, Titles(first).Concat(Titles(second)).Concat(Titles(third)).Distinct().Count());
    }

    [Fact]
    public async Task The_search_page_links_back_without_javascript()
    {
        var word = await SeedAsync(3);
        using var browser = WebClients.Browser(factory);
        var first = await browser.GetStringAsync($"/search?q={word}&limit=2&lang=es");
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        var next = WebUtilityDecode(NextLink().Match(first).Groups[1].Value);
        Assert.Contains("Página siguiente", first, StringComparison.Ordinal);

        var second = await browser.GetStringAsync(next);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Contains("Página anterior", second, StringComparison.Ordinal);
        var previous = WebUtilityDecode(PreviousLink().Match(second).Groups[1].Value);
        Assert.Contains($"q={word}", previous, StringComparison.Ordinal);
        using var back = await browser.GetAsync(previous);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(Headings(first), Headings(await back.Content.ReadAsStringAsync()));
    }

    private async Task<string> SeedAsync(int count)
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var word = "pv" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < count; i++)
        {
            await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer($"Offer {i} {word}"));
        }

        return word;
    }

    private static async Task<JsonNode> PageAsync(HttpClient client, string query) =>
        JsonNode.Parse(await client.GetStringAsync("/api/v1/directory/search?" + query))!;

    private static List<string> Titles(JsonNode page) =>
        [.. page["items"]!.AsArray().Select(i => i!["listing"]!["title"]!.GetValue<string>())];

    private static List<string> Headings(string html) => [.. Heading().Matches(html).Select(m => m.Groups[1].Value)];

    private static string WebUtilityDecode(string href) => WebUtility.HtmlDecode(href);

    [GeneratedRegex("<a rel=\"next\" href=\"([^\"]+)\">")]
    private static partial Regex NextLink();

    [GeneratedRegex("<a rel=\"prev\" href=\"([^\"]+)\">")]
    private static partial Regex PreviousLink();

    [GeneratedRegex("<h3[^>]*>(.*?)</h3>", RegexOptions.Singleline)]
    private static partial Regex Heading();
}
