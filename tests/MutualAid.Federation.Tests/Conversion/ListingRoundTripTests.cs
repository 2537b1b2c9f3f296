using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Listings;
using MutualAid.Federation.Conversion;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Conversion;

/// <summary>Every kind of listing, served as a Note (DomainToAs), read back through JSON-LD expansion (AsToDomain).</summary>
public sealed class ListingRoundTripTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    public static TheoryData<string> Kinds => new(ListingSamples.Kinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_served_note_follows_the_vocabulary_and_reads_back_as_the_same_listing(string kind)
    {
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.For(kind));
        client.DefaultRequestHeaders.Accept.ParseAdd("application/activity+json");
        var note = JsonNode.Parse(await client.GetStringAsync($"/listings/{id}"))!.AsObject();

        // vocabulary.md section 3: one type, no summary, content equals the single contentMap entry.
        Assert.Equal("Note", note["type"]!.GetValue<string>());
        Assert.Null(note["summary"]);
        var contentMap = note["contentMap"]!.AsObject();
        Assert.Single(contentMap);
        Assert.Equal(note["content"]!.GetValue<string>(), contentMap.Single().Value!.GetValue<string>());
        // Section 8: every Hashtag is also a link in content.
        foreach (var tag in note["tag"]!.AsArray())
        {
            Assert.Contains(tag!["href"]!.GetValue<string>(), note["content"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        // Section 2.1: our context is inlined last.
        Assert.IsType<JsonObject>(note["@context"]!.AsArray().Last());

        var expanded = Expanded.Parse(note)!;
        var read = AsToDomain.Listing(expanded, "https://b.test/actors/food-bank", new RemoteHtml(), TimeProvider.System)!;
        var stored = await b.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.PublicId == id));
        Assert.Equal(stored.Kind, read.Kind);
        Assert.Equal(stored.Title, read.Title);
        Assert.Equal(stored.Language, read.Language);
        Assert.Equal(stored.Status, read.Status);
        Assert.Equal(stored.Visibility, read.Visibility);
        Assert.Equal(stored.Categories.Order(), read.Categories.Order());
        Assert.Equal(stored.Body, read.Body);
        Assert.Equal(stored.Location!.PublicLatitude, read.Location!.PublicLatitude);
        Assert.Equal(stored.Location.Precision, read.Location.Precision);
        switch (stored.Kind)
        {
            case ListingKind.Offer:
                Assert.Equal(stored.Offer!.QuantityAvailable, read.Offer!.QuantityAvailable);
                Assert.Equal(stored.Offer.HandOver, read.Offer.HandOver);
                Assert.Equal(stored.Offer.Conditions, read.Offer.Conditions);
                break;
            case ListingKind.Need:
                Assert.Equal(stored.Need!.QuantityNeeded, read.Need!.QuantityNeeded);
                Assert.Equal(stored.Need.Urgency, read.Need.Urgency);
                Assert.Equal(stored.Need.Deadline, read.Need.Deadline);
                break;
            case ListingKind.Fund:
                Assert.Equal(stored.Fund!.GoalAmount, read.Fund!.GoalAmount);
                Assert.Equal(stored.Fund.RaisedAmount, read.Fund.RaisedAmount);
                Assert.Equal(stored.Fund.Currency, read.Fund.Currency);
                Assert.Equal(stored.Fund.Purpose, read.Fund.Purpose);
                break;
            case ListingKind.Contact:
                Assert.Equal(stored.Contact!.Phone, read.Contact!.Phone);
                Assert.Equal(stored.Contact.Email, read.Contact.Email);
                Assert.Equal(stored.Contact.AlwaysOpen, read.Contact.AlwaysOpen);
                Assert.Equal(stored.Contact.LanguagesSpoken, read.Contact.LanguagesSpoken);
                break;
            case ListingKind.Service:
                Assert.Equal(stored.Service!.Schedule.Recurrence, read.Service!.Schedule.Recurrence);
                Assert.Equal(stored.Service.Schedule.Opens, read.Service.Schedule.Opens);
                Assert.Equal(stored.Service.Schedule.TimeZone, read.Service.Schedule.TimeZone);
                break;
            case ListingKind.SavingsCircle:
                Assert.Equal(stored.SavingsCircle!.ContributionAmount, read.SavingsCircle!.ContributionAmount);
                Assert.Equal(stored.SavingsCircle.CycleLengthDays, read.SavingsCircle.CycleLengthDays);
                Assert.Equal(stored.SavingsCircle.Slots, read.SavingsCircle.Slots);
                Assert.Equal(stored.SavingsCircle.PayoutOrder, read.SavingsCircle.PayoutOrder);
                break;
        }
    }

    [Fact]
    public void The_spec_examples_read_as_listings_whatever_the_public_spelling()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "spec", "examples"), "create-*.json"))
        {
            var activity = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var note = activity["object"]!.AsObject();
            note["to"] = new JsonArray("as:Public");
            note["@context"] = activity["@context"]!.DeepClone();
            var listing = AsToDomain.Listing(Expanded.Parse(note)!, note["attributedTo"]!.GetValue<string>(), new RemoteHtml(), TimeProvider.System);
            Assert.True(listing is not null, file);
            Assert.Equal(ListingVisibility.Public, listing.Visibility);
            Assert.NotEqual(ListingStatus.Closed, listing.Status);
            Assert.NotEmpty(listing.Title);
            Assert.NotEmpty(listing.Categories);
        }
    }

    public void Dispose() => _fediverse.Dispose();
}
