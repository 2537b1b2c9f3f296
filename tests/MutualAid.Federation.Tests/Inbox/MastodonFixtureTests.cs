using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Inbox;

/// <summary>
/// Real Mastodon documents from ../shared/conformance/activitystreams go through the handlers. They are stored
/// as the inbox stores an authenticated activity (the signatures of recorded traffic cannot be replayed), with
/// their object IRIs pointed at our actor and listing.
/// </summary>
public sealed class MastodonFixtureTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    private static JsonObject Fixture(string name, params (string From, string To)[] replacements)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "conformance", "activitystreams", name));
        foreach (var (from, to) in replacements)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return JsonNode.Parse(text)!.AsObject();
    }

    [Fact]
    public async Task Like_and_its_undo_count_and_uncount_on_our_listing()
    {
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        var listing = $"https://b.test/listings/{id}";

        await FediverseSteps.ReceiveAuthenticatedAsync(b, Fixture("mastodon-like-1.json", ("https://ds9.lemmy.ml/post/147", listing)));
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<Interaction>().CountAsync(i => i.ObjectIri == listing && i.Kind == InteractionKind.Like)));

        var undo = Fixture("mastodon-undo-like-1.json");
        var likeId = await b.InDatabaseAsync(db => db.Set<Interaction>().Select(i => i.ActivityIri).SingleAsync());
        undo["object"]!["id"] = likeId;
        await FediverseSteps.ReceiveAuthenticatedAsync(b, undo);
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<Interaction>().CountAsync()));
    }

    [Fact]
    public async Task A_flag_becomes_a_report_and_a_plain_mastodon_note_is_not_stored_as_a_listing()
    {
        var b = _fediverse.Add("b.test");
        await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Fixture("mastodon-flag-1.json", ("https://example.com/users/1", "https://b.test/actors/food-bank")));
        var report = await b.InDatabaseAsync(db => db.Set<FederatedReport>().SingleAsync());
        Assert.Equal("https://b.test/actors/food-bank", report.TargetActorIri);
        Assert.Equal("https://mastodon.example/actor", report.ReporterIri);

        await FediverseSteps.ReceiveAuthenticatedAsync(b, Fixture("mastodon-create-note-1.json"));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Listings.CountAsync()));
    }

    public void Dispose() => _fediverse.Dispose();
}
