using System.Text.Json.Nodes;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Tests.Remote;

/// <summary>Vocabulary 4.2 and 10.10: a listing actor is linked to a collective only on its own host.</summary>
public class ListingActorLinksTests
{
    [Fact]
    public void A_listing_actor_names_its_collective_and_listing_on_its_own_host()
    {
        var actor = Expanded.Parse(Document("https://b.test/actors/tenants", "https://b.test/listings/1"))!;
        Assert.Equal(("https://b.test/actors/tenants", "https://b.test/listings/1"), ListingActorLinks.ListingActorOf(actor));
    }

    [Theory]
    [InlineData("https://evil.test/actors/tenants", "https://b.test/listings/1")]
    [InlineData("https://b.test/actors/tenants", "https://evil.test/listings/1")]
    public void A_collective_or_listing_on_another_host_is_not_accepted(string collective, string listing) =>
        Assert.Null(ListingActorLinks.ListingActorOf(Expanded.Parse(Document(collective, listing))!));

    [Fact]
    public void An_actor_without_listingKind_is_not_a_listing_actor()
    {
        var document = Document("https://b.test/actors/tenants", "https://b.test/listings/1");
        document.Remove("listingKind");
        Assert.Null(ListingActorLinks.ListingActorOf(Expanded.Parse(document)!));
    }

    private static JsonObject Document(string collective, string listing) => new()
    {
        ["@context"] = new JsonArray(MutualAidContext.ActivityStreams, MutualAidContext.ContextObject),
        ["id"] = "https://b.test/actors/tenants.fund",
        ["type"] = "Organization",
        ["inbox"] = "https://b.test/actors/tenants.fund/inbox",
        ["preferredUsername"] = "tenants.fund",
        ["listingKind"] = "fund",
        ["collective"] = collective,
        ["listing"] = listing,
    };
}
