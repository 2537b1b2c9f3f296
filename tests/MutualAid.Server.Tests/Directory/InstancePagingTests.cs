using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MutualAid.Core.Federation;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>/directory/instances and GET /api/v1/directory/instances, a page at a time by domain.</summary>
public sealed partial class InstancePagingTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    private static readonly DateTimeOffset Seen = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_api_walks_every_instance_once_in_domain_order_forward_and_back()
    {
        var seeded = await SeedAsync("api", 45);
        using var client = factory.CreateClient();

        var pages = new List<List<string>>();
        var cursors = new List<string?>();
        string? cursor = null;
        string? lastLink = null;
        do
        {
            cursors.Add(cursor);
            using var response = await client.GetAsync("/api/v1/directory/instances?limit=20" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            pages.Add([.. body["instances"]!.AsArray().Select(i => i!["domain"]!.GetValue<string>())]);
            cursor = body["nextCursor"]?.GetValue<string>();
            Assert.Equal(pages.Count == 1, body["previousCursor"] is null);
            lastLink = response.Headers.TryGetValues("Link", out var links) ? string.Join(", ", links) : null;
            if (cursor is not null)
            {
                Assert.Contains($"</api/v1/directory/instances?limit=20&cursor={Uri.EscapeDataString(cursor)}>; rel=\"next\"", lastLink, StringComparison.Ordinal);
            }
        }
        while (cursor is not null);

        var walked = pages.SelectMany(p => p).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages[..^1], page => Assert.Equal(20, page.Count));
        Assert.Equal(walked.Distinct(StringComparer.Ordinal).Count(), walked.Count);
        Assert.Equal(walked.Order(StringComparer.Ordinal), walked);
        Assert.Subset(walked.ToHashSet(StringComparer.Ordinal), seeded.ToHashSet(StringComparer.Ordinal));
        Assert.DoesNotContain("rel=\"next\"", lastLink ?? "", StringComparison.Ordinal);

        // Back from the last page to the first by previous cursors: the same pages in reverse, each with a way forward.
        var node = await PageAsync(client, cursors[^1]);
        for (var index = pages.Count - 2; index >= 0; index--)
        {
            node = await PageAsync(client, node["previousCursor"]!.GetValue<string>());
            Assert.Equal(pages[index], node["instances"]!.AsArray().Select(i => i!["domain"]!.GetValue<string>()));
            Assert.NotNull(node["nextCursor"]);
        }

        Assert.Null(node["previousCursor"]);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=many", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task A_bad_page_size_or_cursor_is_a_problem_in_the_api_and_a_translated_error_on_the_page(string query, string field)
    {
        using var client = factory.CreateClient();
        using var api = await client.GetAsync("/api/v1/directory/instances?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(JsonNode.Parse(await api.Content.ReadAsStringAsync())!["errors"]![field]);

        using var page = await client.GetAsync("/directory/instances?lang=es&" + query);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("No se puede mostrar esta página:", html, StringComparison.Ordinal);
        Assert.Contains(field == "cursor" ? "No es un cursor devuelto por este servidor." : "Debe estar entre 1 y 100.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/directory/instances\">Ir a la primera página</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused()
    {
        using var client = factory.CreateClient();
        var foreign = Core.Directory.DirectoryCursor.Encode(20);
        using var response = await client.GetAsync("/api/v1/directory/instances?cursor=" + Uri.EscapeDataString(foreign));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<JsonNode> PageAsync(HttpClient client, string? cursor) =>
        JsonNode.Parse(await client.GetStringAsync("/api/v1/directory/instances?limit=20" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))))!;

    private async Task<List<string>> SeedAsync(string prefix, int count)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var domains = Enumerable.Range(0, count).Select(i => $"{prefix}{run}-{i:D3}.example").Reverse().ToList();
        await factory.InDatabaseAsync(db =>
        {
            db.Set<KnownInstance>().AddRange(domains.Select(d => new KnownInstance { Domain = d, FirstSeenAt = Seen, Software = "mutualaid" }));
            return db.SaveChangesAsync();
        });
        return domains;
    }

    [GeneratedRegex("<h2 id=\"instance-\\d+\" dir=\"ltr\">([^<]+)</h2>")]
    private static partial Regex DomainHeading();

    [GeneratedRegex("<a rel=\"next\" href=\"([^\"]+)\">")]
    private static partial Regex NextLink();
}
