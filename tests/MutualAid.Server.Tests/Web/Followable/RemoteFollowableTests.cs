using System.Net;
using System.Text.Json.Nodes;
using MutualAid.Server.Tests.Directory;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web.Followable;

/// <summary>
/// Followable listings that federated in: grouped under their collective with follower counts, followable from
/// their page, and shown with handle and count in search results, HTML and JSON alike.
/// </summary>
public sealed class RemoteFollowableTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task A_remote_collective_groups_its_followable_listings_with_follower_counts()
    {
        var domain = $"c{Guid.NewGuid():N}"[..12] + ".example";
        var collective = await FollowableSeeds.AddRemoteCollectiveAsync(factory, domain, "camp", "Camp <Solidarity>");
        var fund = await FollowableSeeds.AddRemoteFundAsync(factory, collective, "Camp bail fund", "camp.bail", followers: 1234);
        var quiet = await FollowableSeeds.AddRemoteFundAsync(factory, collective, "Camp kitchen fund", listingActorUsername: null, followers: null);
        var need = await DirectorySeeds.AddRemoteAsync(factory, "Tents for the camp", domain);
        var elsewhere = await DirectorySeeds.AddRemoteAsync(factory, "Someone else's need", "other-" + domain);

        using var client = WebClients.Browser(factory);
        using var response = await client.GetAsync($"/directory/collective?actor={Uri.EscapeDataString(collective)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1 dir=\"auto\">Camp &lt;Solidarity&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"@camp@{domain}", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://{domain}/@camp\"", html, StringComparison.Ordinal);

        var followable = Section(html, "followable-h");
        Assert.Contains(fund.Title, followable, StringComparison.Ordinal);
        Assert.Contains($"@camp.bail@{domain}", WebUtility.HtmlDecode(followable), StringComparison.Ordinal);
        Assert.Contains("1,234 followers", followable, StringComparison.Ordinal);
        Assert.DoesNotContain(quiet.Title, followable, StringComparison.Ordinal);
        Assert.DoesNotContain(need.Title, followable, StringComparison.Ordinal);

        var others = Section(html, "others-h");
        Assert.Contains(quiet.Title, others, StringComparison.Ordinal);
        Assert.Contains(need.Title, others, StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere.Title, html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/directory/collective?actor=https%3A%2F%2Fnobody.example%2Factors%2Fx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/directory/collective?actor=javascript%3Aalert(1)")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/directory/collective")).StatusCode);
    }

    [Fact]
    public async Task A_remote_fund_page_offers_following_its_actor_from_the_visitors_server()
    {
        var domain = $"f{Guid.NewGuid():N}"[..12] + ".example";
        var collective = await FollowableSeeds.AddRemoteCollectiveAsync(factory, domain, "tenants", "Tenants union");
        var fund = await FollowableSeeds.AddRemoteFundAsync(factory, collective, "Eviction defense fund", "tenants.defense", followers: 17);
        var unknownCount = await FollowableSeeds.AddRemoteFundAsync(factory, collective, "Legal fund", "tenants.legal", followers: null);
        var quiet = await FollowableSeeds.AddRemoteFundAsync(factory, collective, "Quiet fund", listingActorUsername: null, followers: null);

        using var client = WebClients.Browser(factory);
        var html = await client.GetStringAsync($"/directory/listings/{fund.PublicId}");
        Assert.Contains("<h2 id=\"listing-follow-h\">Follow this fund</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"handle\" dir=\"ltr\">@tenants.defense@{domain}</p>", html, StringComparison.Ordinal);
        Assert.Contains("Followers in the fediverse: 17<", html, StringComparison.Ordinal);
        Assert.Contains($"<form method=\"get\" action=\"/directory/listings/{fund.PublicId}/follow\">", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/directory/collective?actor={Uri.EscapeDataString(collective)}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("feed.atom", html, StringComparison.Ordinal);

        using var follow = await client.GetAsync($"/directory/listings/{fund.PublicId}/follow?server=mastodon.social");
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        Assert.Equal($"https://mastodon.social/authorize_interaction?uri=tenants.defense%40{domain}", follow.Headers.Location!.OriginalString);
        using var refused = await client.GetAsync($"/directory/listings/{fund.PublicId}/follow?server=not a host");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"server-error\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var noCount = await client.GetStringAsync($"/directory/listings/{unknownCount.PublicId}");
        Assert.Contains($"@tenants.legal@{domain}", noCount, StringComparison.Ordinal);
        Assert.DoesNotContain("Followers in the fediverse", noCount, StringComparison.Ordinal);

        var plain = await client.GetStringAsync($"/directory/listings/{quiet.PublicId}");
        Assert.DoesNotContain("listing-follow-h", plain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/directory/listings/{quiet.PublicId}/follow?server=mastodon.social")).StatusCode);
    }

    [Fact]
    public async Task Search_results_show_handle_and_followers_in_html_and_json_for_local_and_remote_listings()
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var local = ListingSamples.Fund();
        local["title"] = $"Local fund {word}";
        await FollowableSeeds.PublishAsync(api, member.Slug, local, "local-fund");
        await FollowableSeeds.AddFollowersAsync(factory, FollowableSeeds.ActorIri(member.Slug, "local-fund"), accepted: 4, pending: 0);
        await DirectorySeeds.PublishAsync(api, member.Slug, DirectorySeeds.Offer($"Offer {word}"));
        var domain = $"s{Guid.NewGuid():N}"[..12] + ".example";
        var collective = await FollowableSeeds.AddRemoteCollectiveAsync(factory, domain, "camp", "Camp");
        await FollowableSeeds.AddRemoteFundAsync(factory, collective, $"Remote fund {word}", "camp.fund", followers: 9);

        var json = JsonNode.Parse(await api.GetStringAsync($"/api/v1/directory/search?q={word}"))!["items"]!.AsArray();
        var byTitle = json.ToDictionary(i => i!["listing"]!["title"]!.GetValue<string>(), i => i!);
        Assert.Equal(3, byTitle.Count);
        Assert.True(byTitle[$"Local fund {word}"]["followable"]!.GetValue<bool>());
        Assert.Equal($"{member.Slug}.local-fund@aid.test", byTitle[$"Local fund {word}"]["actorHandle"]!.GetValue<string>());
        Assert.Equal(4, byTitle[$"Local fund {word}"]["actorFollowers"]!.GetValue<int>());
        Assert.Equal($"camp.fund@{domain}", byTitle[$"Remote fund {word}"]["actorHandle"]!.GetValue<string>());
        Assert.Equal(9, byTitle[$"Remote fund {word}"]["actorFollowers"]!.GetValue<int>());
        Assert.False(byTitle[$"Offer {word}"]["followable"]!.GetValue<bool>());
        Assert.Null(byTitle[$"Offer {word}"]["actorHandle"]);

        using var browser = WebClients.Browser(factory);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/search?q={word}"));
        Assert.Contains($"Follow \u2066@{member.Slug}.local-fund@aid.test\u2069 · 4 followers", html, StringComparison.Ordinal);
        Assert.Contains($"Follow \u2066@camp.fund@{domain}\u2069 · 9 followers", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/directory/collective?actor={Uri.EscapeDataString(collective)}\"", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "class=\"follow-handle\"").Count);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_new_search_entry_fields()
    {
        using var client = WebClients.Browser(factory);
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var entry = document["components"]!["schemas"]!["DirectoryEntry"]!["properties"]!;
        Assert.NotNull(entry["followable"]);
        Assert.NotNull(entry["actorHandle"]);
        Assert.NotNull(entry["actorFollowers"]);
    }

    /// <summary>The section headed by <paramref name="headingId"/>, up to its end.</summary>
    private static string Section(string html, string headingId)
    {
        var start = html.IndexOf($"aria-labelledby=\"{headingId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {headingId}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
