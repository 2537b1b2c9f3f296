using System.Net;
using MutualAid.Server.Web.Pages;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>"Follow from your server": only a real host name sends the visitor on, to its authorize_interaction page.</summary>
public sealed class FollowTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Theory]
    [InlineData("mastodon.social", "mastodon.social")]
    [InlineData("https://Mastodon.Social/", "mastodon.social")]
    [InlineData("@someone@social.example.org", "social.example.org")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    public void Server_names_are_normalized(string input, string host) => Assert.Equal(host, FollowTarget.ServerName(input));

    [Theory]
    [InlineData("")]
    [InlineData("localhost")]
    [InlineData("javascript:alert(1)")]
    [InlineData("evil.example/path")]
    [InlineData("evil.example?x=1")]
    [InlineData("127.0.0.1")]
    [InlineData("user:pass@evil.example:443")]
    [InlineData("a..b")]
    public void Anything_but_a_host_name_is_refused(string input) => Assert.Null(FollowTarget.ServerName(input));

    [Fact]
    public async Task The_form_redirects_to_the_visitors_server_or_explains_the_problem()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = WebClients.Browser(factory);

        using var follow = await client.GetAsync($"/@{member.Slug}/follow?server=mastodon.social");
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        Assert.Equal($"https://mastodon.social/authorize_interaction?uri={member.Slug}%40aid.test", follow.Headers.Location!.OriginalString);

        using var refused = await client.GetAsync($"/@{member.Slug}/follow?server=evil.example%2Fphish");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"server-error\"", html, StringComparison.Ordinal);

        using var missing = await client.GetAsync("/@nobody-here/follow?server=mastodon.social");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
