using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using MutualAid.Server.Tests.Directory;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>The public pages: escaped, headers set, location shown only at its precision, funds and feeds right.</summary>
public sealed class PublicPageTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=coats")]
    [InlineData("/about")]
    [InlineData("/signin")]
    public async Task Pages_are_html_with_landmarks_no_script_and_security_headers(string path)
    {
        using var client = WebClients.Browser(factory);
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("<header class=\"site\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.True(html.Length < 40_000, $"{path} is {html.Length} characters");
    }

    [Fact]
    public async Task The_stylesheet_is_served_with_a_validator()
    {
        using var client = WebClients.Browser(factory);
        using var response = await client.GetAsync("/assets/site.css");
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        var etag = response.Headers.ETag!.Tag;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/assets/site.css") { Headers = { { "If-None-Match", etag } } };
        using var cached = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
    }

    [Fact]
    public async Task A_listing_page_escapes_content_marks_its_language_and_hides_the_exact_point()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var sample = ListingSamples.Need();
        sample["title"] = "<img src=x onerror=alert(1)> Pañales";
        var id = await DirectorySeeds.PublishAsync(api, member.Slug, sample);

        using var client = WebClients.Browser(factory);
        var html = await client.GetStringAsync($"/@{member.Slug}/listings/{id}");
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; Pañales", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("<h1 lang=\"es\" dir=\"auto\">", html, StringComparison.Ordinal);
        Assert.Contains("Lavapiés", html, StringComparison.Ordinal);
        Assert.Contains("approximate area, ~1 km", html, StringComparison.Ordinal);
        Assert.DoesNotContain("40.408512", html, StringComparison.Ordinal);
        Assert.DoesNotContain("-3.701234", html, StringComparison.Ordinal);
        Assert.Contains("30.5 paquetes", html, StringComparison.Ordinal);

        Assert.Contains("<h2 id=\"when-h\">When</h2><ul><li>Needed by:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Collections", html, StringComparison.Ordinal);

        var contact = await DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Contact());
        var contactHtml = WebUtility.HtmlDecode(await client.GetStringAsync($"/@{member.Slug}/listings/{contact}"));
        Assert.Contains("href=\"tel:+15550109999\"", contactHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:hotline@example.org\"", contactHtml, StringComparison.Ordinal);
        Assert.Contains("Monday, Wednesday, Friday, \u206609:00–17:30\u2069 (\u2066America/New_York\u2069)", contactHtml, StringComparison.Ordinal);

        var exact = ListingSamples.Service();
        exact["location"]!["precision"] = "exact";
        var clinic = await DirectorySeeds.PublishAsync(api, member.Slug, exact);
        Assert.Contains("40.40851, -3.70123", await client.GetStringAsync($"/@{member.Slug}/listings/{clinic}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fully_funded_fund_points_elsewhere_and_never_shows_how_to_give()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var fund = ListingSamples.Fund();
        fund["fund"]!["fullyFunded"] = true;
        fund["fund"]!["raisedAmount"] = 5000.25;
        fund["fund"]!["giveElsewhereText"] = "Give to the bail fund instead";
        fund["fund"]!["giveElsewhereUrl"] = "https://bail.example.org/";
        var id = await DirectorySeeds.PublishAsync(api, member.Slug, fund);
        var open = await DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Fund());

        using var client = WebClients.Browser(factory);
        var funded = await client.GetStringAsync($"/@{member.Slug}/listings/{id}");
        Assert.Contains("Fully funded", funded, StringComparison.Ordinal);
        Assert.Contains("href=\"https://bail.example.org/\"", funded, StringComparison.Ordinal);
        Assert.DoesNotContain("Bank transfer to the tenants", funded, StringComparison.Ordinal);
        Assert.DoesNotContain("How to give", funded, StringComparison.Ordinal);

        // The search API shows the open fund's way to give, and not the fully funded one's.
        var json = await client.GetStringAsync($"/api/v1/directory/search?collective={member.Slug}&kind=fund");
        Assert.Contains("Give to the bail fund instead", json, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "Bank transfer to the tenants"));

        var giving = await client.GetStringAsync($"/@{member.Slug}/listings/{open}");
        Assert.Contains("Bank transfer to the tenants", giving, StringComparison.Ordinal);
        Assert.Contains("<progress", giving, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlisted_listings_open_by_link_but_followers_only_ones_do_not()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var unlisted = ListingSamples.Offer();
        unlisted["visibility"] = "unlisted";
        var followers = ListingSamples.Offer();
        followers["visibility"] = "followersOnly";
        var unlistedId = await DirectorySeeds.PublishAsync(api, member.Slug, unlisted);
        var followersId = await DirectorySeeds.PublishAsync(api, member.Slug, followers);

        using var client = WebClients.Browser(factory);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/@{member.Slug}/listings/{unlistedId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/@{member.Slug}/listings/{followersId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/@{member.Slug}/listings/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/@no-such-collective")).StatusCode);
        var profile = await client.GetStringAsync($"/@{member.Slug}");
        Assert.DoesNotContain(unlistedId, profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remote_listing_html_is_sanitized_before_display()
    {
        var remote = await DirectorySeeds.AddRemoteAsync(factory, "Tents for the camp", "camp.example.net",
            "<p onclick=\"steal()\">Bring <b>tents</b><script>alert(1)</script> <a href=\"javascript:alert(2)\">here</a> <a href=\"https://camp.example.net/x\">map</a><iframe src=\"https://evil.example\"></iframe></p>");

        using var client = WebClients.Browser(factory);
        var html = await client.GetStringAsync($"/directory/listings/{remote.PublicId}");
        Assert.Contains("Bring <b>tents</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://camp.example.net/x\" rel=\"nofollow noopener noreferrer ugc\"", html, StringComparison.Ordinal);
        Assert.Contains("camp@camp.example.net", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://camp.example.net/objects/{remote.PublicId}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_works_without_javascript_and_shows_problems_next_to_the_form()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        await DirectorySeeds.PublishAsync(api, member.Slug, DirectorySeeds.Offer($"Soup {word}", latitude: 41.85, longitude: -87.66, place: "Pilsen"));

        using var client = WebClients.Browser(factory);
        var html = await client.GetStringAsync($"/search?q={word}&place=pilsen&radius=5&sort=nearest");
        Assert.Contains($"Soup {word}", html, StringComparison.Ordinal);
        Assert.Contains("within 5 km of Pilsen", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"nearest\" selected>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/search.atom?q={word}&amp;place=pilsen&amp;radius=5&amp;sort=nearest\"", html, StringComparison.Ordinal);

        using var bad = await client.GetAsync("/search?place=Atlantis-nowhere");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("class=\"error\" id=\"place-error\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atom_feeds_list_search_results_and_a_collective_listings()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        await DirectorySeeds.PublishAsync(api, member.Slug, DirectorySeeds.Offer($"Feed one {word}"));
        await DirectorySeeds.PublishAsync(api, member.Slug, DirectorySeeds.Offer($"Feed two {word}", "es"));

        using var client = WebClients.Browser(factory);
        using var response = await client.GetAsync($"/search.atom?q={word}");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal([$"Feed two {word}", $"Feed one {word}"], entries.Select(e => e.Element(atom + "title")!.Value));
        Assert.Equal("es", entries[0].Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.StartsWith($"https://aid.test/@{member.Slug}/listings/", entries[0].Element(atom + "id")!.Value, StringComparison.Ordinal);

        var collective = XDocument.Parse(await client.GetStringAsync($"/@{member.Slug}/feed.atom"));
        Assert.Equal(2, collective.Root!.Elements(atom + "entry").Count());
        Assert.Equal($"Collective {member.Slug}", collective.Root.Element(atom + "title")!.Value);
    }

    [Fact]
    public async Task The_search_api_is_in_the_openapi_document()
    {
        using var client = WebClients.Browser(factory);
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var search = document["paths"]!["/api/v1/directory/search"]!["get"]!;
        var names = search["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("q", names);
        Assert.Contains("place", names);
        Assert.Contains("open", names);
        Assert.Contains("sort", names);
        Assert.NotNull(document["paths"]!["/search.atom"]);
    }
}
