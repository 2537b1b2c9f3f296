using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Inbox;

/// <summary>
/// Every activity in the shared corpus (Mastodon, Misskey, Lemmy, Pleroma, Friendica, Fedify, ...) goes through
/// the handler table without failing: handled, or ignored when it is not about us. Follows are left out: their
/// handler fetches the follower, and the corpus servers are not on the test network.
/// </summary>
public sealed class CorpusActivityTests : IDisposable
{
    private static readonly string[] Types = ["Create", "Update", "Delete", "Undo", "Accept", "Announce", "Like", "Dislike", "Flag"];
    private readonly Fediverse _fediverse = new();

    public static TheoryData<string> Activities()
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(RepositoryPaths.Shared, "conformance", "activitystreams");
        foreach (var file in Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file!))) is JsonObject document
                && document["type"] is JsonValue type && Types.Contains(type.GetValue<string>()) && document["id"] is not null && document["actor"] is JsonValue)
            {
                data.Add(file!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public async Task A_corpus_activity_is_processed_without_error(string file)
    {
        var b = _fediverse.Add("b.test");
        var activity = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Shared, "conformance", "activitystreams", file)))!.AsObject();
        await FediverseSteps.ReceiveAuthenticatedAsync(b, activity);
        var item = await b.InDatabaseAsync(db => db.Set<InboxItem>().SingleAsync());
        Assert.Null(item.Error);
    }

    public void Dispose() => _fediverse.Dispose();
}
