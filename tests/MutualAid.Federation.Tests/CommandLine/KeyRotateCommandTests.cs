using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Keys;
using MutualAid.Data.Sqlite;
using MutualAid.Server.CommandLine;
using MutualAid.Testing;

namespace MutualAid.Federation.Tests.CommandLine;

/// <summary><c>mutualaid key rotate</c>: replaces the RSA key and queues an Update of the actor to its followers.</summary>
[Collection(CommandLineCollection.Name)]
public sealed class KeyRotateCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Theory]
    [InlineData("Expected 1 argument(s), got 0", "key", "rotate")]
    [InlineData("Unexpected argument 'food-bank'", "key", "rotate", "food-bank", "--instance")]
    [InlineData("Use --instance", "key", "rotate", "instance_actor")]
    [InlineData("Unknown option --all", "key", "rotate", "--all")]
    public async Task Bad_arguments_print_usage_and_exit_2(string message, params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        Assert.Equal(MutualAidCommandLine.BadUsage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: mutualaid key rotate <collective-slug> | --instance", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_collective_exits_1_and_changes_nothing()
    {
        var result = await CliRunner.RunAsync("key", "rotate", "nobody", "--data-dir", _data.Path, "--domain", "aid.test");
        Assert.Equal(MutualAidCommandLine.Failed, result.ExitCode);
        Assert.Contains("nobody", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await ReadAsync(db => db.ActorKeys.CountAsync(k => k.RetiredAt != null)));
    }

    [Fact]
    public async Task Rotating_a_collective_key_retires_the_old_one_and_queues_an_update_for_followers()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("collective", "add", "food-bank", "--name", "Food bank", "--data-dir", _data.Path, "--domain", "aid.test")).ExitCode);
        await AddFollowerAsync("https://aid.test/actors/food-bank");
        var first = await CliRunner.RunAsync("key", "rotate", "food-bank", "--data-dir", _data.Path, "--domain", "aid.test");
        Assert.True(first.ExitCode == 0, first.Error);
        var second = await CliRunner.RunAsync("key", "rotate", "food-bank", "--data-dir", _data.Path, "--domain", "aid.test");
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("Rotated https://aid.test/actors/food-bank#main-key", second.Out, StringComparison.Ordinal);

        var rsa = await ReadAsync(db => db.ActorKeys.Where(k => k.OwnerKind == ActorKeyOwner.Collective && k.Type == ActorKeyType.Rsa).ToListAsync());
        Assert.Equal(2, rsa.Count(k => k.RetiredAt != null && k.PrivateKeyPem == null));
        var current = Assert.Single(rsa, k => k.RetiredAt == null);
        Assert.Equal("https://aid.test/actors/food-bank#main-key", current.KeyId);
        Assert.Equal(3, rsa.Select(k => k.PublicKeyPem).Distinct().Count());

        var updates = await ReadAsync(db => db.Set<DeliveryJob>().Include(j => j.Activity).Where(j => j.Activity!.Type == "Update").ToListAsync());
        Assert.Equal(2, updates.Count);
        Assert.All(updates, j => Assert.Equal("https://social.example/inbox", j.InboxUrl));
        var actor = JsonNode.Parse(updates.OrderBy(j => j.Id).Last().Activity!.Document)!["object"]!;
        Assert.Equal("https://aid.test/actors/food-bank", actor["id"]!.GetValue<string>());
        Assert.Equal(current.PublicKeyPem, actor["publicKey"]!["publicKeyPem"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rotating_the_instance_key_tells_the_instance_actors_followers()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("migrate", "--data-dir", _data.Path, "--domain", "aid.test")).ExitCode);
        await AddFollowerAsync("https://aid.test/actors/instance_actor");
        var result = await CliRunner.RunAsync("key", "rotate", "--instance", "--data-dir", _data.Path, "--domain", "aid.test");
        Assert.True(result.ExitCode == 0, result.Error);

        var rsa = await ReadAsync(db => db.ActorKeys.Where(k => k.OwnerKind == ActorKeyOwner.Instance && k.Type == ActorKeyType.Rsa).ToListAsync());
        Assert.Single(rsa, k => k.RetiredAt != null);
        var current = Assert.Single(rsa, k => k.RetiredAt == null);
        var update = await ReadAsync(db => db.Set<DeliveryJob>().Include(j => j.Activity).SingleAsync(j => j.Activity!.Type == "Update"));
        var actor = JsonNode.Parse(update.Activity!.Document)!["object"]!;
        Assert.Equal("https://aid.test/actors/instance_actor", actor["id"]!.GetValue<string>());
        Assert.Equal(current.PublicKeyPem, actor["publicKey"]!["publicKeyPem"]!.GetValue<string>());
    }

    public void Dispose() => _data.Dispose();

    private async Task AddFollowerAsync(string localActorIri)
    {
        await ReadAsync(async db =>
        {
            var remote = new RemoteActor { Iri = "https://social.example/users/ana", Domain = "social.example", Username = "ana", InboxUrl = "https://social.example/users/ana/inbox", SharedInboxUrl = "https://social.example/inbox", FetchedAt = DateTimeOffset.UtcNow };
            db.Set<RemoteActor>().Add(remote);
            await db.SaveChangesAsync();
            db.Set<Follower>().Add(new Follower { LocalActorIri = localActorIri, RemoteActorId = remote.Id, State = FollowState.Accepted, FollowActivityIri = "https://social.example/follows/1", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
    }

    private async Task<T> ReadAsync<T>(Func<MutualAidDbContext, Task<T>> read)
    {
        var options = new DbContextOptionsBuilder<MutualAidDbContext>();
        SqliteStorage.Configure(options, SqliteStorage.ConnectionStringFor(_data.Path));
        await using var db = new MutualAidDbContext(options.Options);
        return await read(db);
    }
}
