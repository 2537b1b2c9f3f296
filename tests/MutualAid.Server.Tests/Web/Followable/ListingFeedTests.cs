using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using MutualAid.Server.Tests.Directory;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web.Followable;

/// <summary>The Atom feed of a followable listing: its actor's public update Notes, newest first, then the listing.</summary>
public sealed class ListingFeedTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_feed_lists_the_actors_public_notes_newest_first_sanitized_then_the_listing()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var fund = ListingSamples.Fund();
        fund["title"] = "Strike fund";
        fund["language"] = "en";
        var id = await FollowableSeeds.PublishAsync(api, member.Slug, fund, "strike");
        var actor = FollowableSeeds.ActorIri(member.Slug, "strike");
        var other = await FollowableSeeds.PublishAsync(api, member.Slug, ListingSamples.Contact(), "line");
        var t = FollowableSeeds.Time;
        // Stored in the order they were sent, as the outbox stores them.
        await FollowableSeeds.AddNoteAsync(factory, actor, "<p onclick=\"x()\">Raised 2500 EUR so far</p>", t.AddDays(1));
        await FollowableSeeds.AddNoteAsync(factory, actor, "<p>Goal reached: <b>5000 EUR</b><script>alert(1)</script></p>", t.AddDays(2));
        await FollowableSeeds.AddNoteAsync(factory, actor, "<p>Followers-only news</p>", t.AddDays(3), listed: false);
        await FollowableSeeds.AddNoteAsync(factory, actor, "<p>An edit of a note</p>", t.AddDays(4), type: "Update");
        await FollowableSeeds.AddNoteAsync(factory, FollowableSeeds.ActorIri(member.Slug, "line"), "<p>The line is closed today</p>", t.AddDays(5));

        using var client = WebClients.Browser(factory);
        using var response = await client.GetAsync($"/@{member.Slug}/listings/{id}/feed.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var feed = XDocument.Parse(text);

        Assert.Equal($"Collective {member.Slug}: Strike fund", feed.Root!.Element(Atom + "title")!.Value);
        Assert.Equal($"https://aid.test/@{member.Slug}/listings/{id}/feed.atom", feed.Root.Element(Atom + "id")!.Value);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.StartsWith("Goal reached: 5000 EUR", entries[0].Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal(["Raised 2500 EUR so far", "Strike fund"], entries.Skip(1).Select(e => e.Element(Atom + "title")!.Value));
        var first = entries[0].Element(Atom + "content")!.Value;
        Assert.Contains("Goal reached: <b>5000 EUR</b>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", first, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", entries[1].Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(t.AddDays(2).UtcDateTime), DateTimeOffset.Parse(entries[0].Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("en", entries[0].Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.StartsWith("https://aid.test/notes/", entries[0].Element(Atom + "id")!.Value, StringComparison.Ordinal);
        Assert.Equal($"https://aid.test/@{member.Slug}/listings/{id}", entries[2].Element(Atom + "id")!.Value);
        Assert.DoesNotContain("Followers-only news", text, StringComparison.Ordinal);
        Assert.DoesNotContain("An edit of a note", text, StringComparison.Ordinal);
        Assert.DoesNotContain("The line is closed today", text, StringComparison.Ordinal);

        var line = XDocument.Parse(await client.GetStringAsync($"/@{member.Slug}/listings/{other}/feed.atom"));
        Assert.Equal(2, line.Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public async Task Editing_a_followable_fund_puts_its_news_note_in_the_feed()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var fund = ListingSamples.Fund();
        var id = await FollowableSeeds.PublishAsync(api, member.Slug, fund.DeepClone().AsObject(), "news");
        fund["followable"] = true;
        fund["actorSlug"] = "news";
        fund["fund"]!["raisedAmount"] = 5000.25;
        fund["version"] = 1;
        using var edited = await api.PutAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings/{id}", fund);
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());

        using var client = WebClients.Browser(factory);
        var feed = XDocument.Parse(await client.GetStringAsync($"/@{member.Slug}/listings/{id}/feed.atom"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        // The sample fund is in Arabic, so is its news (the words of federated Notes follow the listing's language).
        Assert.Contains("تم بلوغ الهدف", entries[0].Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Equal("ar", entries[0].Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal($"https://aid.test/@{member.Slug}/listings/{id}", entries[1].Element(Atom + "id")!.Value);
    }

    [Fact]
    public async Task Listings_not_followable_or_not_public_have_no_feed()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var fund = ListingSamples.Fund();
        fund["followable"] = false;
        var quiet = await DirectorySeeds.PublishAsync(api, member.Slug, fund);
        var offer = await DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Offer());
        var unlisted = await FollowableSeeds.PublishAsync(api, member.Slug, ListingSamples.Fund(), "hidden", visibility: "unlisted");
        var followersOnly = await FollowableSeeds.PublishAsync(api, member.Slug, ListingSamples.Service(), "inner", visibility: "followersOnly");

        using var client = WebClients.Browser(factory);
        foreach (var id in new[] { quiet, offer, unlisted, followersOnly, "no-such-listing" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/@{member.Slug}/listings/{id}/feed.atom")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/@no-such-collective/listings/{quiet}/feed.atom")).StatusCode);

        // An unlisted fund is followable by link, but its page offers no feed.
        var page = await client.GetStringAsync($"/@{member.Slug}/listings/{unlisted}");
        Assert.Contains("listing-follow-h", page, StringComparison.Ordinal);
        Assert.DoesNotContain("feed.atom", page, StringComparison.Ordinal);
    }
}
