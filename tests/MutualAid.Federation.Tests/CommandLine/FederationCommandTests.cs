using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Data.Sqlite;
using MutualAid.Testing;

namespace MutualAid.Federation.Tests.CommandLine;

/// <summary>
/// The lookup and follow verbs run with the production HttpClient (guarded connector): without
/// AllowPrivateNetworks they refuse loopback addresses, which is also what keeps these tests off the network.
/// </summary>
[Collection(CommandLineCollection.Name)]
public sealed class FederationCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Lookup_refuses_a_private_address_and_says_why()
    {
        var result = await CliRunner.RunAsync("lookup", "https://127.0.0.1:9/actors/someone", "--data-dir", _data.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("lookup: https://127.0.0.1:9/actors/someone:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follow_of_an_unreachable_actor_queues_nothing()
    {
        var result = await CliRunner.RunAsync("follow", "https://127.0.0.1:9/actors/someone", "--data-dir", _data.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("follow:", result.Error, StringComparison.Ordinal);

        var options = new DbContextOptionsBuilder<MutualAidDbContext>();
        SqliteStorage.Configure(options, SqliteStorage.ConnectionStringFor(_data.Path));
        await using var db = new MutualAidDbContext(options.Options);
        Assert.Equal(0, await db.Set<Following>().CountAsync());
        Assert.Equal(0, await db.Set<DeliveryJob>().CountAsync());
    }

    public void Dispose() => _data.Dispose();
}
