using System.Net;
using MutualAid.Core.Collectives;
using MutualAid.Core.Listings;
using MutualAid.Server.Tests.Directory;
using MutualAid.Testing;
using Microsoft.EntityFrameworkCore;

namespace MutualAid.Server.Tests.Web;

/// <summary>Members' pages: session sign-in with CSRF protection and throttling, and every change through the use cases.</summary>
public sealed class MemberPageTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task Signing_in_needs_the_antiforgery_token_and_the_right_password()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = WebClients.Browser(factory);

        using var forged = await client.PostAsync("/signin", new FormUrlEncodedContent([new("email", member.Email), new("password", member.Password)]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var wrong = await WebClients.PostFormAsync(client, "/signin", "/signin", [new("email", member.Email), new("password", "not it")]);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Wrong email or password.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var right = await WebClients.PostFormAsync(client, "/signin", "/signin", [new("email", member.Email), new("password", member.Password), new("returnUrl", "//evil.example/")]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/members", right.Headers.Location!.OriginalString);
        Assert.Contains(right.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mutualaid.session=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=lax", StringComparison.OrdinalIgnoreCase));

        using var dashboard = await client.GetAsync("/members");
        Assert.Equal($"/members/{member.Slug}", dashboard.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_are_throttled_like_the_api()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = WebClients.Browser(factory);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await WebClients.PostFormAsync(client, "/signin", "/signin", [new("email", member.Email), new("password", "wrong " + i)]);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var blocked = await WebClients.PostFormAsync(client, "/signin", "/signin", [new("email", member.Email), new("password", member.Password)]);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.NotNull(blocked.Headers.RetryAfter);
    }

    [Fact]
    public async Task Member_pages_send_strangers_to_sign_in_and_refuse_other_collectives()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        var other = await factory.CreateCollectiveWithAdminAsync();
        using var anonymous = WebClients.Browser(factory);
        using var redirected = await anonymous.GetAsync($"/members/{member.Slug}");
        Assert.Equal($"/signin?returnUrl=%2Fmembers%2F{member.Slug}", redirected.Headers.Location!.OriginalString);

        using var client = await WebClients.SignedInAsync(factory, member);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/members/{member.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/members/{other.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/members/{other.Slug}/listings/new?kind=offer")).StatusCode);
        using var posted = await WebClients.PostFormAsync(client, $"/members/{member.Slug}/listings/new?kind=offer", $"/members/{other.Slug}/listings/new", FormSamples.For("offer", "Sneaky"));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
    }

    [Fact]
    public async Task Each_kind_can_be_published_from_the_form_and_is_then_found_by_search()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await WebClients.SignedInAsync(factory, member);
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        foreach (var kind in FormSamples.Kinds)
        {
            using var response = await WebClients.PostFormAsync(client, $"/members/{member.Slug}/listings/new?kind={kind}", $"/members/{member.Slug}/listings/new", FormSamples.For(kind, $"{kind} {word}"));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var page = await client.GetStringAsync(response.Headers.Location!.OriginalString);
            Assert.Contains($"{kind} {word}", page, StringComparison.Ordinal);
        }

        var found = await DirectorySeeds.TitlesAsync(client, $"q={word}&limit=50");
        Assert.Equal(FormSamples.Kinds.Select(k => $"{k} {word}").Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        var stored = await factory.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.Title == $"fund {word}"));
        Assert.Equal("USD", stored.Fund!.Currency);
        Assert.Equal([Category.Food, Category.Other], stored.Categories);
    }

    [Fact]
    public async Task Validation_messages_appear_next_to_the_fields_and_keep_what_was_typed()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await WebClients.SignedInAsync(factory, member);
        var fields = FormSamples.For("need", "Typed title kept").Where(f => f.Key is not "need.what").ToList();
        fields.RemoveAll(f => f.Key == "need.quantityNeeded");
        fields.Add(new("need.quantityNeeded", "lots"));

        using var response = await WebClients.PostFormAsync(client, $"/members/{member.Slug}/listings/new?kind=need", $"/members/{member.Slug}/listings/new", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"f-need-quantityNeeded-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f-need-quantityNeeded-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed title kept\"", html, StringComparison.Ordinal);

        fields.RemoveAll(f => f.Key == "need.quantityNeeded");
        fields.Add(new("need.quantityNeeded", "3"));
        using var second = await WebClients.PostFormAsync(client, $"/members/{member.Slug}/listings/new?kind=need", $"/members/{member.Slug}/listings/new", fields);
        var secondHtml = await second.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("id=\"f-need-what-error\"", secondHtml, StringComparison.Ordinal);
        Assert.Equal(0, await factory.InDatabaseAsync(db => db.Listings.CountAsync(l => l.Title == "Typed title kept")));
    }

    [Fact]
    public async Task Editing_closing_and_deleting_go_through_the_use_cases_with_versions()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var id = await DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Offer());
        using var client = await WebClients.SignedInAsync(factory, member);
        var edit = $"/members/{member.Slug}/listings/{id}/edit";

        var form = FormSamples.For("offer", "Renamed coats");
        form.Add(new("version", "1"));
        using var saved = await WebClients.PostFormAsync(client, edit, edit, form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var stale = await WebClients.PostFormAsync(client, edit, edit, form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this listing", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var closed = await WebClients.PostFormAsync(client, $"/members/{member.Slug}", $"/members/{member.Slug}/listings/{id}/close", [new("version", "2")]);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var listing = await factory.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.PublicId == id));
        Assert.Equal(ListingStatus.Closed, listing.Status);
        Assert.Equal("Renamed coats", listing.Title);
        Assert.Empty(await DirectorySeeds.TitlesAsync(client, $"collective={member.Slug}"));

        using var deleted = await WebClients.PostFormAsync(client, $"/members/{member.Slug}/listings/{id}/delete", $"/members/{member.Slug}/listings/{id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync($"/@{member.Slug}/listings/{id}")).StatusCode);
        Assert.Equal(1, await factory.InDatabaseAsync(db => db.ListingTombstones.CountAsync(t => t.PublicId == id)));
    }

    [Fact]
    public async Task Admins_edit_the_profile_and_editors_cannot()
    {
        var admin = await factory.CreateCollectiveWithAdminAsync();
        var editor = await factory.AddMemberAsync(admin.Slug, MemberRole.Editor);
        using var client = await WebClients.SignedInAsync(factory, admin);
        var profile = $"/members/{admin.Slug}/profile";

        using var invalid = await WebClients.PostFormAsync(client, profile, profile, [new("name", ""), new("website", "not a url")]);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("id=\"f-name-error\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var saved = await WebClients.PostFormAsync(client, profile, profile, [new("name", "Renamed collective"), new("summary", "We cook."), new("languages", "en, es"), new("frontGateContact", "Knock twice")]);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var page = await client.GetStringAsync($"/@{admin.Slug}");
        Assert.Contains("Renamed collective", page, StringComparison.Ordinal);
        Assert.Contains("Knock twice", page, StringComparison.Ordinal);

        using var editorClient = await WebClients.SignedInAsync(factory, editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editorClient.GetAsync(profile)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await WebClients.SignedInAsync(factory, member);
        using var signedOut = await WebClients.PostFormAsync(client, $"/members/{member.Slug}", "/signout", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var after = await client.GetAsync($"/members/{member.Slug}");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
