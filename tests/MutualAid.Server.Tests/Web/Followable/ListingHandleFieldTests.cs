using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web.Followable;

/// <summary>The listing form's handle field: only for funds, lines and services, with the handle in its hint and errors beside it.</summary>
public sealed class ListingHandleFieldTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Theory]
    [InlineData("fund", true)]
    [InlineData("contact", true)]
    [InlineData("service", true)]
    [InlineData("offer", false)]
    [InlineData("need", false)]
    [InlineData("savingsCircle", false)]
    public async Task The_handle_field_is_offered_only_for_kinds_that_can_be_followed(string kind, bool offered)
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await WebClients.SignedInAsync(factory, member);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/members/{member.Slug}/listings/new?kind={kind}"));
        Assert.Equal(offered, html.Contains("<label for=\"f-actorSlug\">Handle</label>", StringComparison.Ordinal));
        Assert.Equal(offered, html.Contains("name=\"followable\"", StringComparison.Ordinal));
        if (offered)
        {
            Assert.Contains($"People follow it as \u2066@{member.Slug}.…@aid.test\u2069", html, StringComparison.Ordinal);
            Assert.Contains("aria-describedby=\"f-actorSlug-hint\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_invalid_handle_is_explained_beside_the_field_and_a_valid_one_is_kept()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await WebClients.SignedInAsync(factory, member);
        var form = $"/members/{member.Slug}/listings/new?kind=fund";
        var action = $"/members/{member.Slug}/listings/new";
        var fields = FormSamples.For("fund", "Bail fund");
        fields.Add(new("followable", "true"));
        fields.Add(new("actorSlug", "Bail Fund!"));

        using var invalid = await WebClients.PostFormAsync(client, form, action, fields);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"error\" id=\"f-actorSlug-error\">Only lower-case letters", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"f-actorSlug-hint f-actorSlug-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Bail Fund!\"", html, StringComparison.Ordinal);
        Assert.Contains($"People follow it as \u2066@{member.Slug}.Bail Fund!@aid.test\u2069", html, StringComparison.Ordinal);

        fields.RemoveAll(f => f.Key == "actorSlug");
        fields.Add(new("actorSlug", "bail_fund"));
        using var saved = await WebClients.PostFormAsync(client, form, action, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await factory.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.Collective!.Slug == member.Slug && l.Title == "Bail fund"));
        Assert.True(stored.Followable);
        Assert.Equal("bail_fund", stored.ActorSlug);

        var page = await client.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains($"@{member.Slug}.bail_fund@aid.test", page, StringComparison.Ordinal);

        // The edit form shows the handle, and refuses to change it while the fund is followable.
        var edit = $"/members/{member.Slug}/listings/{stored.PublicId}/edit";
        var editHtml = WebUtility.HtmlDecode(await client.GetStringAsync(edit));
        Assert.Contains("name=\"actorSlug\" type=\"text\" value=\"bail_fund\"", editHtml, StringComparison.Ordinal);
        Assert.Contains($"\u2066@{member.Slug}.bail_fund@aid.test\u2069", editHtml, StringComparison.Ordinal);
        var change = FormSamples.For("fund", "Bail fund");
        change.Add(new("followable", "true"));
        change.Add(new("actorSlug", "other_name"));
        change.Add(new("version", stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var refused = await WebClients.PostFormAsync(client, edit, edit, change);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"f-actorSlug-error\">The handle cannot change", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_listings_of_a_collective_cannot_share_a_handle()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await WebClients.SignedInAsync(factory, member);
        var action = $"/members/{member.Slug}/listings/new";
        foreach (var (kind, expected) in new[] { ("contact", HttpStatusCode.Redirect), ("service", HttpStatusCode.BadRequest) })
        {
            var fields = FormSamples.For(kind, "Same handle " + kind);
            fields.Add(new("followable", "true"));
            fields.Add(new("actorSlug", "help"));
            using var response = await WebClients.PostFormAsync(client, $"{action}?kind={kind}", action, fields);
            Assert.Equal(expected, response.StatusCode);
            if (expected == HttpStatusCode.BadRequest)
            {
                Assert.Contains("id=\"f-actorSlug-error\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }
}
