using MutualAid.ActivityPub.Keys;
using MutualAid.Core.Collectives;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Tests.Conversion;

/// <summary>DomainToAs.ListingActor without a server: what a followers-only listing's actor reveals, and the field limit.</summary>
public class ListingActorDocumentShapeTests
{
    private static readonly FederationUris Uris = new("b.test");

    [Fact]
    public void A_followers_only_listing_actor_shows_its_name_and_collective_but_no_facts()
    {
        var document = DomainToAs.ListingActor(Actor(ListingVisibility.FollowersOnly), Keys(), Uris);
        Assert.Equal("Fund: Bail (Tenants)", document["name"]!.GetValue<string>());
        Assert.DoesNotContain("Secret", document["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["Collective"], document["attachment"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
        Assert.False(document["discoverable"]!.GetValue<bool>());
        Assert.False(document["indexable"]!.GetValue<bool>());
    }

    [Fact]
    public void A_public_listing_actor_keeps_to_four_profile_fields_and_is_discoverable()
    {
        var document = DomainToAs.ListingActor(Actor(ListingVisibility.Public), Keys(), Uris);
        Assert.Contains("Secret", document["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["Goal", "Raised", "Fully funded", "Collective"], document["attachment"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
        Assert.Contains("href=\"https://elsewhere.example/fund\"", document["attachment"]![2]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(document["discoverable"]!.GetValue<bool>());
        Assert.Equal("https://b.test/@tenants/listings/01jcxa3m5q7t9w1y3b5d7f9h2c", document["url"]!.GetValue<string>());
    }

    [Fact]
    public void A_spanish_listing_actor_names_its_profile_fields_in_spanish()
    {
        var document = DomainToAs.ListingActor(Actor(ListingVisibility.Public, "es"), Keys(), Uris);
        Assert.Equal("Fondo: Bail (Tenants)", document["name"]!.GetValue<string>());
        Assert.Contains("<p>Lo gestiona <span class=\"h-card\">", document["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["Meta", "Recaudado", "Meta cubierta", "Colectivo"], document["attachment"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
        Assert.Equal("100,00 EUR", document["attachment"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("120,00 EUR (120 %)", document["attachment"]![1]!["value"]!.GetValue<string>());
        Assert.StartsWith("mejor dona aquí: <a href=\"https://elsewhere.example/fund\"", System.Net.WebUtility.HtmlDecode(document["attachment"]![2]!["value"]!.GetValue<string>()), StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_listing_actor_names_its_profile_fields_in_arabic()
    {
        var document = DomainToAs.ListingActor(Actor(ListingVisibility.Public, "ar"), Keys(), Uris);
        Assert.Equal("صندوق: \u2068Bail\u2069 (\u2068Tenants\u2069)", document["name"]!.GetValue<string>());
        Assert.Contains("يديره", document["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["الهدف", "تم جمعه", "تم التمويل بالكامل", "المجموعة"], document["attachment"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
        Assert.Equal("100\u066B00 EUR", document["attachment"]![0]!["value"]!.GetValue<string>());
    }

    private static LocalActor Actor(ListingVisibility visibility, string language = "en")
    {
        var collective = new Collective { Id = 1, Slug = "tenants", Name = "Tenants" };
        var listing = new Listing
        {
            Id = 7,
            PublicId = "01jcxa3m5q7t9w1y3b5d7f9h2c",
            Kind = ListingKind.Fund,
            Title = "Bail",
            Language = language,
            Body = "Secret plans.\n\nMore.",
            Visibility = visibility,
            Followable = true,
            ActorSlug = "bail",
            Fund = new FundDetails
            {
                GoalAmount = 100m, RaisedAmount = 120m, Currency = "EUR", FullyFunded = true, GiveElsewhereUrl = "https://elsewhere.example/fund", HowToGive = "Cash",
            },
        };
        var username = $"{collective.Slug}.{listing.ActorSlug}";
        return new LocalActor(LocalActorKind.Listing, listing.Id, username, Uris.Actor(username), collective) { Listing = listing };
    }

    private static LocalActorKeyPair Keys()
    {
        var set = new ActorKeyGenerator(TimeProvider.System).CreateKeySet("https://b.test/actors/tenants.bail");
        return new LocalActorKeyPair(set.Rsa, set.Ed25519, set.Rsa.ToSigningKey(), set.Ed25519.ToSigningKey());
    }
}
