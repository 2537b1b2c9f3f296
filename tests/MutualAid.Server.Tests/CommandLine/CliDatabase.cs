using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Data.Sqlite;

namespace MutualAid.Server.Tests.CommandLine;

/// <summary>Opens the database a CLI run wrote to, to check what it stored.</summary>
internal static class CliDatabase
{
    public static async Task<T> ReadAsync<T>(string dataDirectory, Func<MutualAidDbContext, Task<T>> read)
    {
        var options = new DbContextOptionsBuilder<MutualAidDbContext>();
        SqliteStorage.Configure(options, SqliteStorage.ConnectionStringFor(dataDirectory));
        await using var db = new MutualAidDbContext(options.Options);
        return await read(db);
    }
}
