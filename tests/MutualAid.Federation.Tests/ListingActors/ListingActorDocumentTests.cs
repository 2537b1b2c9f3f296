using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.WebFinger;
using MutualAid.Federation.Conversion;
using MutualAid.JsonLd;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.ListingActors;

/// <summary>The listing actor as other software sees it: WebFinger (Mastodon's rules), the actor document, the collective's featured.</summary>
public sealed partial class ListingActorDocumentTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task The_handle_resolves_by_WebFinger_as_Mastodon_resolves_it()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("tenants");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        await FediverseSteps.CreateListingAsync(client, "tenants", ListingActorSteps.Fund());

        // Mastodon: the JRD's subject is the acct: URI, the actor comes from the 'self' link of an ActivityStreams type,
        // and the actor's preferredUsername@host must WebFinger back to the same actor id.
        using var reader = ListingActorSteps.ActivityPubClient(b);
        var jrd = JsonNode.Parse(await reader.GetStringAsync("/.well-known/webfinger?resource=acct:tenants.rent-fund@b.test"))!;
        Assert.Equal("acct:tenants.rent-fund@b.test", jrd["subject"]!.GetValue<string>());
        var self = Assert.Single(jrd["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "self")!;
        Assert.Equal("application/activity+json", self["type"]!.GetValue<string>());
        Assert.Equal("https://b.test/actors/tenants.rent-fund", self["href"]!.GetValue<string>());
        var byUrl = JsonNode.Parse(await reader.GetStringAsync("/.well-known/webfinger?resource=https://b.test/actors/tenants.rent-fund"))!;
        Assert.Equal("acct:tenants.rent-fund@b.test", byUrl["subject"]!.GetValue<string>());

        var webFinger = new WebFingerClient(FediverseSteps.SignedClient(a), new FederationFetchOptions(), TimeProvider.System);
        var account = await webFinger.ResolveAsync("@tenants.rent-fund@b.test", CancellationToken.None);
        var fetcher = new RemoteDocumentFetcher(FediverseSteps.SignedClient(a), new FederationFetchOptions(), TimeProvider.System);
        var actor = JsonNode.Parse((await fetcher.FetchAsync(account.ActorId, CancellationToken.None)).Root.GetRawText())!;
        var username = actor["preferredUsername"]!.GetValue<string>();
        Assert.Matches(MastodonUsername(), username);
        Assert.Equal(account.ActorId, (await webFinger.ResolveAsync($"@{username}@b.test", CancellationToken.None)).ActorId);
        Assert.Equal("tenants.rent-fund@b.test", (await webFinger.VerifyActorAsync(account.ActorId, username, CancellationToken.None)).ToString());

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/.well-known/webfinger?resource=acct:tenants.nothing@b.test")).StatusCode);

        // Listing actors are not users: NodeInfo still counts one collective.
        Assert.Equal(1, JsonNode.Parse(await reader.GetStringAsync("/nodeinfo/2.1"))!["usage"]!["users"]!["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/actors/tenants.nothing")).StatusCode);
    }

    [Fact]
    public async Task The_actor_document_links_its_collective_and_listing_and_uses_only_defined_terms()
    {
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("tenants");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        (await client.PutAsJsonAsync("/api/v1/collectives/tenants", new { name = "Tenants' union", summary = "Rent strike.", avatarUrl = "https://b.test/media/a.png" })).EnsureSuccessStatusCode();
        var id = await FediverseSteps.CreateListingAsync(client, "tenants", ListingActorSteps.Fund());
        var hotline = ListingSamples.Contact();
        hotline["actorSlug"] = "legal_line";
        await FediverseSteps.CreateListingAsync(client, "tenants", hotline);

        using var reader = ListingActorSteps.ActivityPubClient(b);
        var actor = JsonNode.Parse(await reader.GetStringAsync("/actors/tenants.rent-fund"))!;
        Assert.Equal("Organization", actor["type"]!.GetValue<string>());
        Assert.Equal("tenants.rent-fund", actor["preferredUsername"]!.GetValue<string>());
        Assert.Equal("Fund: Rent strike fund (Tenants' union)", actor["name"]!.GetValue<string>());
        Assert.Equal($"https://b.test/@tenants/listings/{id}", actor["url"]!.GetValue<string>());
        Assert.Equal("fund", actor["listingKind"]!.GetValue<string>());
        Assert.Equal("https://b.test/actors/tenants", actor["collective"]!.GetValue<string>());
        Assert.Equal($"https://b.test/listings/{id}", actor["listing"]!.GetValue<string>());
        Assert.Equal("https://b.test/actors/tenants.rent-fund/followers", actor["followers"]!.GetValue<string>());
        Assert.Equal("https://b.test/actors/tenants.rent-fund#main-key", actor["publicKey"]!["id"]!.GetValue<string>());
        Assert.Equal("https://b.test/media/a.png", actor["icon"]!["url"]!.GetValue<string>());
        Assert.False(actor["manuallyApprovesFollowers"]!.GetValue<bool>());
        var fields = actor["attachment"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["Goal", "Raised", "Give", "Collective"], fields);
        Assert.Contains("1,200.00 EUR (23%)", actor["attachment"]![1]!["value"]!.GetValue<string>(), StringComparison.Ordinal);

        var contact = JsonNode.Parse(await reader.GetStringAsync("/actors/tenants.legal_line"))!;
        Assert.Equal("contact", contact["listingKind"]!.GetValue<string>());
        Assert.Contains(contact["attachment"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "Hours" && f["value"]!.GetValue<string>() == "Mon, Wed, Fri 09:00–17:30 (America/New_York)");

        // The collective features its followable listings' Notes; each Note names its actor with a Mention.
        var featured = JsonNode.Parse(await reader.GetStringAsync("/actors/tenants/featured"))!;
        Assert.Equal(2, featured["totalItems"]!.GetValue<int>());
        var fundNote = featured["orderedItems"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == $"https://b.test/listings/{id}")!;
        Assert.Contains(fundNote["tag"]!.AsArray(), t => t!["type"]!.GetValue<string>() == "Mention" && t["href"]!.GetValue<string>() == "https://b.test/actors/tenants.rent-fund");
        Assert.Contains("https://b.test/actors/tenants.rent-fund/followers", fundNote["cc"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Contains("Follow updates:", fundNote["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, JsonNode.Parse(await reader.GetStringAsync("/actors/tenants.rent-fund/featured"))!["totalItems"]!.GetValue<int>());

        foreach (var (what, document) in new[] { ("fund actor", actor), ("contact actor", contact), ("featured", featured) })
        {
            var expanded = JsonLdProcessor.Expand(document, new JsonLdOptions { DocumentLoader = MutualAidContext.Loader });
            var blank = BlankPredicates(expanded).ToList();
            Assert.True(blank.Count == 0, $"{what}: undefined terms {string.Join(", ", blank)}");
        }

        var read = Expanded.Parse(actor)!;
        Assert.Equal("https://b.test/actors/tenants", read.IdOf(Expanded.Ma + "collective"));
        Assert.Equal(("https://b.test/actors/tenants", $"https://b.test/listings/{id}"), MutualAid.Federation.Remote.ListingActorLinks.ListingActorOf(read));
    }

    [Fact]
    public async Task Only_funds_contacts_and_services_can_be_followed_and_a_handle_never_changes()
    {
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("tenants");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var offer = ListingSamples.Offer();
        offer["followable"] = true;
        using (var refused = await client.PostAsJsonAsync("/api/v1/collectives/tenants/listings", offer))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var errors = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!;
            Assert.Equal("Only fund, contact and service listings can be followed.", errors["followable"]![0]!.GetValue<string>());
        }

        var bad = ListingActorSteps.Fund("Not.Valid");
        using (var refused = await client.PostAsJsonAsync("/api/v1/collectives/tenants/listings", bad))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.NotNull(JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!["actorSlug"]);
        }

        // Without a handle one is derived from the title; a second listing with the same title gets the next free one.
        var service = ListingSamples.Service();
        service["followable"] = true;
        var first = await FediverseSteps.CreateListingAsync(client, "tenants", service);
        var again = ListingSamples.Service();
        again["followable"] = true;
        var second = await FediverseSteps.CreateListingAsync(client, "tenants", again);
        using var reader = ListingActorSteps.ActivityPubClient(b);
        Assert.Equal($"https://b.test/listings/{first}", JsonNode.Parse(await reader.GetStringAsync("/actors/tenants.free-clinic"))!["listing"]!.GetValue<string>());
        Assert.Equal($"https://b.test/listings/{second}", JsonNode.Parse(await reader.GetStringAsync("/actors/tenants.free-clinic-2"))!["listing"]!.GetValue<string>());

        service["actorSlug"] = "clinic";
        service["version"] = 1;
        using var renamed = await client.PutAsJsonAsync($"/api/v1/collectives/tenants/listings/{first}", service);
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.NotNull(JsonNode.Parse(await renamed.Content.ReadAsStringAsync())!["errors"]!["actorSlug"]);
    }

    private static IEnumerable<string> BlankPredicates(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => (p.Key.StartsWith("_:", StringComparison.Ordinal) ? [p.Key] : Array.Empty<string>()).Concat(BlankPredicates(p.Value))),
        JsonArray a => a.SelectMany(BlankPredicates),
        _ => [],
    };

    [GeneratedRegex(@"\A[a-z0-9_]+([.-]+[a-z0-9_]+)*\z")]
    private static partial Regex MastodonUsername();

    public void Dispose() => _fediverse.Dispose();
}
