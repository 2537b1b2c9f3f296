using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using MutualAid.Federation.Conversion;
using MutualAid.JsonLd;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Conversion;

/// <summary>
/// What we send expands without a single blank-node predicate: the ActivityStreams "@vocab": "_:" turns an
/// undefined term into "_:term" instead of dropping it, so this is how a typo or a missing context shows.
/// </summary>
public sealed class NoUndefinedTermsTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task Actors_notes_and_activities_use_only_defined_terms()
    {
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/activity+json");
        using (var profile = await client.PutAsJsonAsync("/api/v1/collectives/food-bank", new
        {
            name = "Food bank",
            summary = "Food for all.",
            languages = new[] { "en", "es" },
            areaServed = "Eastside",
            website = "https://food.example",
            avatarUrl = "https://b.test/media/a.png",
            frontGateContact = "+1 555 0100",
        }))
        {
            profile.EnsureSuccessStatusCode();
        }

        var documents = new List<(string What, JsonNode Document)>
        {
            ("collective actor", JsonNode.Parse(await client.GetStringAsync("/actors/food-bank"))!),
            ("instance actor", JsonNode.Parse(await client.GetStringAsync("/actors/instance_actor"))!),
        };
        foreach (var kind in ListingSamples.Kinds)
        {
            var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.For(kind));
            documents.Add((kind + " note", JsonNode.Parse(await client.GetStringAsync($"/listings/{id}"))!));
            (await client.DeleteAsync($"/api/v1/collectives/food-bank/listings/{id}")).EnsureSuccessStatusCode();
        }

        var sent = await b.InDatabaseAsync(db => db.Set<OutboxActivity>().Select(o => new { o.Type, o.Document }).ToListAsync());
        documents.AddRange(sent.Select(o => (o.Type + " activity", JsonNode.Parse(o.Document)!)));
        Assert.Contains(documents, d => d.What == "Delete activity");
        Assert.Contains(documents, d => d.What == "Update activity");

        foreach (var (what, document) in documents)
        {
            var expanded = JsonLdProcessor.Expand(document, new JsonLdOptions { DocumentLoader = MutualAidContext.Loader });
            var blank = BlankPredicates(expanded).ToList();
            Assert.True(blank.Count == 0, $"{what}: undefined terms {string.Join(", ", blank)}");
        }
    }

    private static IEnumerable<string> BlankPredicates(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => (p.Key.StartsWith("_:", StringComparison.Ordinal) ? [p.Key] : Array.Empty<string>()).Concat(BlankPredicates(p.Value))),
        JsonArray a => a.SelectMany(BlankPredicates),
        _ => [],
    };

    public void Dispose() => _fediverse.Dispose();
}
