using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Federation;
using MutualAid.Core.Keys;
using MutualAid.Federation.Remote;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Remote;

/// <summary>Actor documents of 20-odd servers (../shared/conformance/activitystreams) are stored with their inbox and RSA key.</summary>
public sealed class RemoteActorStoreTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    public static TheoryData<string> ActorFixtures()
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(RepositoryPaths.Shared, "conformance", "activitystreams");
        foreach (var file in Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            var document = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file!))) as JsonObject;
            // A key whose owner is another actor must not be stored (gnusocial-group-1's fixture is such a case):
            // that is tested below, the rest here.
            if (document?["inbox"] is not null && document["publicKey"] is JsonObject key && key["owner"]?.GetValue<string>() == document["id"]?.GetValue<string>())
            {
                data.Add(file!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ActorFixtures))]
    public async Task An_actor_document_is_stored_with_its_inbox_and_key(string file)
    {
        var b = _fediverse.Add("b.test");
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Shared, "conformance", "activitystreams", file)))!;
        await using var scope = b.Services.CreateAsyncScope();
        var actor = await scope.ServiceProvider.GetRequiredService<RemoteActorStore>().StoreAsync(document, CancellationToken.None);

        Assert.NotNull(actor);
        Assert.Equal(document["id"]!.GetValue<string>(), actor.Iri);
        Assert.StartsWith("http", actor.InboxUrl, StringComparison.Ordinal);
        var keys = await b.InDatabaseAsync(db => db.ActorKeys.Where(k => k.OwnerKind == ActorKeyOwner.RemoteActor && k.OwnerId == actor.Id).ToListAsync());
        Assert.Contains(keys, k => k.Type == ActorKeyType.Rsa && k.PublicKeyPem.Contains("PUBLIC KEY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_actor_first_seen_by_several_requests_at_once_is_stored_once()
    {
        var b = _fediverse.Add("b.test");
        const string file = "mastodon-person-1.json";
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Shared, "conformance", "activitystreams", file));
        // SQLite's async calls complete synchronously, so only separate threads interleave like real requests.
        using var start = new Barrier(8);
        var stores = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var scope = b.Services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<RemoteActorStore>();
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            return await store.StoreAsync(JsonNode.Parse(text)!, CancellationToken.None);
        })).ToList();
        var actors = await Task.WhenAll(stores);

        var iri = JsonNode.Parse(text)!["id"]!.GetValue<string>();
        Assert.All(actors, a => Assert.Equal(iri, a!.Iri));
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<RemoteActor>().CountAsync(a => a.Iri == iri)));
        Assert.Single(actors.Select(a => a!.Id).Distinct());
    }

    [Fact]
    public async Task A_key_owned_by_another_actor_is_not_stored()
    {
        var b = _fediverse.Add("b.test");
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Shared, "conformance", "activitystreams", "gnusocial-group-1.json")))!;
        Assert.NotEqual(document["id"]!.GetValue<string>(), document["publicKey"]!["owner"]!.GetValue<string>());
        await using var scope = b.Services.CreateAsyncScope();
        var actor = await scope.ServiceProvider.GetRequiredService<RemoteActorStore>().StoreAsync(document, CancellationToken.None);
        Assert.NotNull(actor);
        Assert.Equal(0, await b.InDatabaseAsync(db => db.ActorKeys.CountAsync(k => k.OwnerKind == ActorKeyOwner.RemoteActor)));
    }

    public void Dispose() => _fediverse.Dispose();
}
