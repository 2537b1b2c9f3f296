using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Listings;
using MutualAid.Data.Sqlite;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Storage;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Migrating_an_empty_database_creates_every_table_in_wal_mode()
    {
        await using var db = Open();

        var applied = await SqliteStorage.MigrateAsync(db, CancellationToken.None);

        Assert.Equal(db.Database.GetMigrations(), applied);
        var tables = await ScalarsAsync("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Assert.Superset(new HashSet<string>
        {
            "ActorKeys", "Collectives", "Instance", "ListingTombstones", "Listings", "Members", "RefreshTokens", "Users", "__EFMigrationsHistory",
        }, tables.ToHashSet());
        Assert.Equal(["wal"], await ScalarsAsync("PRAGMA journal_mode"));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void The_migrations_match_the_model()
    {
        using var db = Open();
        // Fails when someone changes an entity without running `dotnet ef migrations add`.
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Timestamps_are_stored_as_utc_ticks_and_sort_in_sql()
    {
        await using var db = Open();
        await SqliteStorage.MigrateAsync(db, CancellationToken.None);
        var early = new DateTimeOffset(2026, 1, 1, 23, 0, 0, TimeSpan.FromHours(-5));
        var late = new DateTimeOffset(2026, 1, 2, 1, 0, 0, TimeSpan.FromHours(2));
        db.ListingTombstones.AddRange(
            new ListingTombstone { PublicId = "late", FormerKind = ListingKind.Fund, DeletedAt = late },
            new ListingTombstone { PublicId = "early", FormerKind = ListingKind.Need, DeletedAt = early });
        await db.SaveChangesAsync();

        var ordered = await db.ListingTombstones.AsNoTracking().OrderBy(t => t.DeletedAt).Select(t => t.PublicId).ToListAsync();
        var before = await db.ListingTombstones.AsNoTracking().Where(t => t.DeletedAt < early).Select(t => t.DeletedAt).SingleAsync();

        // 23:00 at -05:00 is 04:00 UTC on Jan 2, which is later than 01:00 at +02:00 (23:00 UTC on Jan 1).
        Assert.Equal(["late", "early"], ordered);
        Assert.Equal(late, before);
        Assert.Equal([late.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            await ScalarsAsync("SELECT DeletedAt FROM ListingTombstones WHERE PublicId = 'late'"));
    }

    private MutualAidDbContext Open()
    {
        var options = new DbContextOptionsBuilder<MutualAidDbContext>();
        SqliteStorage.Configure(options, SqliteStorage.ConnectionStringFor(_data.Path));
        return new MutualAidDbContext(options.Options);
    }

    private async Task<List<string>> ScalarsAsync(string sql)
    {
        await using var connection = new SqliteConnection(SqliteStorage.ConnectionStringFor(_data.Path));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
