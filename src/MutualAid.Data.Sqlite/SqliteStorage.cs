using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Data;
using MutualAid.Core.Directory;
using MutualAid.Data.Sqlite.Search;

namespace MutualAid.Data.Sqlite;

/// <summary>The embedded default storage: one SQLite file in the data directory, in WAL mode.</summary>
public static class SqliteStorage
{
    public const string DatabaseFileName = "mutualaid.db";

    public static string ConnectionStringFor(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, DatabaseFileName),
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Registers <see cref="MutualAidDbContext"/> on SQLite; the connection string is resolved lazily.</summary>
    /// <remarks>
    /// Pooled: a plain registration builds the options and the context's internal services again for every request
    /// scope, which profiling put at about a tenth of an inbox POST's CPU. The context holds no state of its own
    /// beyond what EF resets when a lease ends.
    /// </remarks>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, Func<IServiceProvider, string> connectionString)
    {
        services.AddDbContextPool<MutualAidDbContext>((provider, options) => Configure(options, connectionString(provider)));
        services.AddScoped<IListingTextIndex, SqliteListingTextIndex>();
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteStorage).Assembly.GetName().Name));
    }

    /// <summary>
    /// Applies pending migrations and switches the file to WAL (persistent per file), so readers do not
    /// block the writer. Returns the migrations that were applied.
    /// </summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(MutualAidDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        return pending;
    }
}
