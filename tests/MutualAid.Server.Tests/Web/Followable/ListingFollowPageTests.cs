using System.Net;
using MutualAid.Server.Tests.Directory;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web.Followable;

/// <summary>A followable fund, line or service's page: "follow this …" with the handle, its followers and the remote-follow form.</summary>
public sealed class ListingFollowPageTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task A_followable_fund_shows_its_handle_follower_count_form_feed_and_actor_link()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var id = await FollowableSeeds.PublishAsync(api, member.Slug, ListingSamples.Fund(), "rent-fund");
        var actor = FollowableSeeds.ActorIri(member.Slug, "rent-fund");
        await FollowableSeeds.AddFollowersAsync(factory, actor, accepted: 3, pending: 2);

        using var client = WebClients.Browser(factory);
        var html = await client.GetStringAsync($"/@{member.Slug}/listings/{id}");

        Assert.Contains("<h2 id=\"listing-follow-h\">Follow this fund</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"handle\" dir=\"ltr\">@{member.Slug}.rent-fund@aid.test</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<label for=\"listing-handle\">Handle to search for on your server</label>", html, StringComparison.Ordinal);
        Assert.Contains($"readonly dir=\"ltr\" spellcheck=\"false\" value=\"@{member.Slug}.rent-fund@aid.test\"", html, StringComparison.Ordinal);
        Assert.Contains("Followers in the fediverse: 3<", html, StringComparison.Ordinal);
        Assert.Contains($"<form method=\"get\" action=\"/@{member.Slug}/listings/{id}/follow\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"server\">Your server</label>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/@{member.Slug}/listings/{id}/feed.atom\"", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"alternate\" type=\"application/activity+json\" href=\"{actor}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\"", html, StringComparison.Ordinal);
        Assert.Contains($"without following everything Collective {member.Slug} posts", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("contact", "Follow this line", "Seguir esta línea", "تابِع هذا الخط")]
    [InlineData("service", "Follow this service", "Seguir este servicio", "تابِع هذه الخدمة")]
    public async Task Lines_and_services_are_worded_as_such_in_every_language(string kind, string english, string spanish, string arabic)
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var id = await FollowableSeeds.PublishAsync(api, member.Slug, ListingSamples.For(kind), "hours");

        using var client = WebClients.Browser(factory);
        Assert.Contains(english, await client.GetStringAsync($"/@{member.Slug}/listings/{id}?lang=en"), StringComparison.Ordinal);
        Assert.Contains(spanish, await client.GetStringAsync($"/@{member.Slug}/listings/{id}?lang=es"), StringComparison.Ordinal);
        var rtl = await client.GetStringAsync($"/@{member.Slug}/listings/{id}?lang=ar");
        Assert.Contains(arabic, rtl, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"handle\" dir=\"ltr\">@{member.Slug}.hours@aid.test</p>", rtl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offers_needs_and_listings_not_made_followable_have_no_follow_section()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var offer = await DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Offer());
        var need = await DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Need());
        var fund = ListingSamples.Fund();
        fund["followable"] = false;
        var quietFund = await DirectorySeeds.PublishAsync(api, member.Slug, fund);

        using var client = WebClients.Browser(factory);
        foreach (var id in new[] { offer, need, quietFund })
        {
            var html = await client.GetStringAsync($"/@{member.Slug}/listings/{id}");
            Assert.DoesNotContain("listing-follow-h", html, StringComparison.Ordinal);
            Assert.DoesNotContain("application/activity+json", html, StringComparison.Ordinal);
            Assert.DoesNotContain("feed.atom", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/@{member.Slug}/listings/{id}/follow?server=mastodon.social")).StatusCode);
        }
    }

    [Fact]
    public async Task The_form_sends_the_visitor_to_their_server_to_follow_the_fund_or_explains_the_problem()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var id = await FollowableSeeds.PublishAsync(api, member.Slug, ListingSamples.Fund(), "strike");

        using var client = WebClients.Browser(factory);
        using var follow = await client.GetAsync($"/@{member.Slug}/listings/{id}/follow?server=https://Mastodon.Social/");
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        Assert.Equal($"https://mastodon.social/authorize_interaction?uri={member.Slug}.strike%40aid.test", follow.Headers.Location!.OriginalString);

        using var refused = await client.GetAsync($"/@{member.Slug}/listings/{id}/follow?server=evil.example%2Fphish");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"server-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"server-error\">Enter your server's name, like mastodon.social.</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"evil.example/phish\"", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/@{member.Slug}/listings/nope/follow?server=mastodon.social")).StatusCode);
    }

    [Fact]
    public async Task The_collective_profile_lists_its_followable_listings_so_followers_find_the_others()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var offerOnly = await factory.CreateCollectiveWithAdminAsync();
        using var offerApi = await factory.CreateClientAsAsync(offerOnly);
        await DirectorySeeds.PublishAsync(offerApi, offerOnly.Slug, ListingSamples.Offer());
        var line = await FollowableSeeds.PublishAsync(api, member.Slug, ListingSamples.Contact(), "hotline");
        await FollowableSeeds.PublishAsync(api, member.Slug, ListingSamples.Service(), "clinic");
        var offer = await DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Offer());
        await FollowableSeeds.AddFollowersAsync(factory, FollowableSeeds.ActorIri(member.Slug, "hotline"), accepted: 2, pending: 1);

        using var client = WebClients.Browser(factory);
        var html = await client.GetStringAsync($"/@{member.Slug}");
        var start = html.IndexOf("<h2 id=\"followable-h\">Funds, lines and services to follow</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, "No followable section on the profile");
        var group = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains($"href=\"/@{member.Slug}/listings/{line}\"", group, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"handle\" dir=\"ltr\">@{member.Slug}.hotline@aid.test</span> · 2 followers", group, StringComparison.Ordinal);
        Assert.Contains($"@{member.Slug}.clinic@aid.test</span> · 0 followers", group, StringComparison.Ordinal);
        Assert.DoesNotContain(offer, group, StringComparison.Ordinal);

        Assert.DoesNotContain("followable-h", await client.GetStringAsync($"/@{offerOnly.Slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_marks_followable_listings_with_handle_and_follower_count()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        await FollowableSeeds.PublishAsync(api, member.Slug, ListingSamples.Contact(), "legal-line");
        await DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Offer());
        await FollowableSeeds.AddFollowersAsync(factory, FollowableSeeds.ActorIri(member.Slug, "legal-line"), accepted: 2, pending: 1);

        using var client = await WebClients.SignedInAsync(factory, member);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/members/{member.Slug}"));
        Assert.Contains($"<small class=\"followable\">Followable as \u2066@{member.Slug}.legal-line@aid.test\u2069 · 2 followers</small>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"followable\""));
    }
}
