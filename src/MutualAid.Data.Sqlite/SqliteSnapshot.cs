using Microsoft.Data.Sqlite;

namespace MutualAid.Data.Sqlite;

/// <summary>
/// A consistent copy of the instance's database, taken while the server keeps running. <c>VACUUM INTO</c> reads
/// in one read transaction, so the copy holds every committed write (WAL frames included) and nothing half-written,
/// and the server's writers are not blocked. Copying the file itself would miss the WAL, or tear mid-commit.
/// </summary>
public static class SqliteSnapshot
{
    /// <summary>What was written: the copy's size and the last migration it carries (what a restore will run on).</summary>
    public sealed record Result(long Bytes, string? LastMigration);

    /// <summary>
    /// Copies the database in <paramref name="dataDirectory"/> to <paramref name="destinationFile"/> (which must not
    /// exist) and checks the copy with <c>PRAGMA integrity_check</c>. Throws <see cref="SqliteSnapshotException"/>
    /// when there is nothing to copy or the copy is not sound.
    /// </summary>
    public static async Task<Result> WriteAsync(string dataDirectory, string destinationFile, CancellationToken cancellationToken)
    {
        var source = Path.Combine(dataDirectory, SqliteStorage.DatabaseFileName);
        if (!File.Exists(source))
        {
            throw new SqliteSnapshotException($"There is no database at {source}: nothing to back up.");
        }

        await using (var connection = new SqliteConnection(Unpooled(source, SqliteOpenMode.ReadWrite)))
        {
            await connection.OpenAsync(cancellationToken);
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $destination;";
            vacuum.Parameters.AddWithValue("$destination", destinationFile);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            // The copy holds members' password hashes and actors' private keys: owner-only, whatever the umask.
            File.SetUnixFileMode(destinationFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await using (var copy = new SqliteConnection(Unpooled(destinationFile, SqliteOpenMode.ReadOnly)))
        {
            await copy.OpenAsync(cancellationToken);
            await using var check = copy.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            var verdict = (string?)await check.ExecuteScalarAsync(cancellationToken);
            if (verdict != "ok")
            {
                throw new SqliteSnapshotException($"The copy at {destinationFile} failed SQLite's integrity check: {verdict}");
            }

            return new Result(new FileInfo(destinationFile).Length, await LastMigrationAsync(copy, cancellationToken));
        }
    }

    private static async Task<string?> LastMigrationAsync(SqliteConnection copy, CancellationToken cancellationToken)
    {
        await using var exists = copy.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
        if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            return null;
        }

        await using var last = copy.CreateCommand();
        last.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1;";
        return (string?)await last.ExecuteScalarAsync(cancellationToken);
    }

    // Unpooled: a pooled connection would keep the files open after the command ends.
    private static string Unpooled(string file, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = mode,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();
}
