using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Data.Sqlite;
using MutualAid.Federation;
using MutualAid.Federation.Inbox;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// The storage half of inbox acceptance alone: concurrent producers hand activities to the real <see cref="InboxWriter"/>
/// on a real SQLite file (WAL, synchronous FULL) and wait for their durable commit, with a commit per activity and
/// with group commit. No HTTP and no signatures, so the durable-commit cost is what is measured.
/// Run: <c>dotnet run -c Release --project tests/MutualAid.Benchmarks -- inbox-store --producers 32 --activities 5000</c>
/// </summary>
internal static class InboxStoreLoad
{
    public const string Verb = "inbox-store";

    public static async Task<int> RunAsync(string[] args)
    {
        var producers = Option(args, "--producers", 32);
        var count = Option(args, "--activities", 5000);
        var rates = new List<double>();
        var failed = false;
        foreach (var batchSize in new[] { 1, 256 })
        {
            var dataDirectory = Path.Combine(Path.GetTempPath(), $"mutualaid-inbox-store-{Guid.NewGuid():N}");
            System.IO.Directory.CreateDirectory(dataDirectory);
            try
            {
                var services = new ServiceCollection();
                services.AddSqliteStorage(_ => SqliteStorage.ConnectionStringFor(dataDirectory));
                await using var provider = services.BuildServiceProvider();
                await using (var scope = provider.CreateAsyncScope())
                {
                    await SqliteStorage.MigrateAsync(scope.ServiceProvider.GetRequiredService<MutualAidDbContext>(), CancellationToken.None);
                }

                var writer = new InboxWriter(provider.GetRequiredService<IServiceScopeFactory>(), new InboxSignal(),
                    Options.Create(new InboxWriterOptions { MaxBatchSize = batchSize }), NullLogger<InboxWriter>.Instance);
                var loop = Task.Run(writer.RunAsync);
                var load = string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]);
                var next = -1;
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, producers).Select(async _ =>
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < count)
                    {
                        if (!writer.TryEnqueue(Item(i), out var stored) || !await stored)
                        {
                            throw new InvalidOperationException($"Activity {i} was refused or taken for a duplicate.");
                        }
                    }
                }));
                var rate = count / clock.Elapsed.TotalSeconds;
                writer.Complete();
                await loop;
                await using (var scope = provider.CreateAsyncScope())
                {
                    var rows = await scope.ServiceProvider.GetRequiredService<MutualAidDbContext>().Set<InboxItem>().CountAsync();
                    failed |= rows != count;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"batch size {batchSize,3}: {rate,7:0} activities/s stored durably, {rows} rows (expected {count}), load average {load}"));
                }

                rates.Add(rate);
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                System.IO.Directory.Delete(dataDirectory, recursive: true);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{producers} producers: group commit stores {rates[1] / rates[0]:0.0}x as many activities per second as a commit per activity"));
        return failed ? 1 : 0;
    }

    private static InboxItem Item(int i)
    {
        var id = $"https://sender.example/activities/{i}";
        return new InboxItem
        {
            ActivityIri = id,
            ActivityType = "Follow",
            ActorIri = "https://sender.example/users/u",
            Document = $$"""{"@context":"https://www.w3.org/ns/activitystreams","id":"{{id}}","type":"Follow","actor":"https://sender.example/users/u","object":"https://localhost/actors/food-bank"}""",
            State = InboxItemState.Pending,
            ReceivedAt = DateTimeOffset.UnixEpoch,
            NextAttemptAt = DateTimeOffset.UnixEpoch,
        };
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }
}
