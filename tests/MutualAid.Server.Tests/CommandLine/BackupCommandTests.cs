using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MutualAid.Data.Sqlite;
using MutualAid.Server.CommandLine;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.CommandLine;

/// <summary><c>mutualaid backup</c>: a sound copy while the server writes, usable as a data directory, and nothing left when it fails.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => Path.Combine(_temp.Path, "data");

    private string Backups => Path.Combine(_temp.Path, "backups");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_backup_taken_while_another_connection_writes_has_every_committed_row_and_works_as_a_data_directory()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("migrate", "--data-dir", Data)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("collective", "add", "food-bank", "--name", "Food bank", "--data-dir", Data)).ExitCode);
        var secrets = Path.Combine(Data, "secrets", "jwt-signing.key");
        var cookieKey = Path.Combine(Data, "keys", "key-1.xml");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(cookieKey)!);
        await File.WriteAllTextAsync(cookieKey, "<key id=\"1\" />");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(cookieKey, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // As a running server would: a connection stays open (so the WAL is not folded back into the file on close),
        // a second collective is committed to the WAL, then a write is left half done.
        await using var server = new SqliteConnection(SqliteStorage.ConnectionStringFor(Data));
        await server.OpenAsync();
        Assert.Equal(0, (await CliRunner.RunAsync("collective", "add", "tenants", "--name", "Tenants", "--data-dir", Data)).ExitCode);
        Assert.True(new FileInfo(Path.Combine(Data, "mutualaid.db-wal")).Length > 0, "the committed collective should still be in the WAL");
        await ExecuteAsync(server, "BEGIN IMMEDIATE; CREATE TABLE half_done (x); INSERT INTO half_done VALUES (1);");

        var backup = await CliRunner.RunAsync("backup", Backups, "--data-dir", Data);

        Assert.True(backup.ExitCode == 0, backup.Error);
        var folder = Assert.Single(System.IO.Directory.GetDirectories(Backups));
        Assert.Matches(@"^mutualaid-\d{8}T\d{6}Z$", Path.GetFileName(folder));
        Assert.StartsWith(folder + Environment.NewLine, backup.Out, StringComparison.Ordinal);
        Assert.Equal(["food-bank", "tenants"], await CliDatabase.ReadAsync(folder, db => db.Collectives.Select(c => c.Slug).OrderBy(s => s).ToListAsync()));
        Assert.Contains("integrity checked, schema 20261127065002_FundDisbursements; secret files: 2.", backup.Out, StringComparison.Ordinal);
        Assert.Equal(0, await CliDatabase.ReadAsync(folder, db => db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM sqlite_master WHERE name = 'half_done'").SingleAsync()));
        Assert.Equal(await File.ReadAllBytesAsync(secrets), await File.ReadAllBytesAsync(Path.Combine(folder, "secrets", "jwt-signing.key")));
        Assert.Equal(await File.ReadAllBytesAsync(cookieKey), await File.ReadAllBytesAsync(Path.Combine(folder, "keys", "key-1.xml")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "keys", "key-1.xml")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "mutualaid.db")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }

        // The server's write goes on after the backup, and the backup is a data directory the CLI can use as is.
        await ExecuteAsync(server, "COMMIT;");
        var migrate = await CliRunner.RunAsync("migrate", "--data-dir", folder);
        Assert.Equal("The database is up to date." + Environment.NewLine, migrate.Out);
        Assert.Equal(0, (await CliRunner.RunAsync("collective", "add", "clinic", "--name", "Clinic", "--data-dir", folder)).ExitCode);
    }

    [Fact]
    public async Task Without_a_database_the_backup_fails_and_creates_nothing()
    {
        var result = await CliRunner.RunAsync("backup", Backups, "--data-dir", Data);

        Assert.Equal(MutualAidCommandLine.Failed, result.ExitCode);
        Assert.Contains($"There is no database at {Path.Combine(Data, "mutualaid.db")}", result.Error, StringComparison.Ordinal);
        Assert.False(System.IO.Directory.Exists(Data), "the backup must not create the data directory it reads");
        Assert.Empty(System.IO.Directory.Exists(Backups) ? System.IO.Directory.GetFileSystemEntries(Backups) : []);
    }

    [Fact]
    public async Task A_database_that_cannot_be_read_fails_the_backup_and_leaves_no_partial_folder()
    {
        System.IO.Directory.CreateDirectory(Data);
        await File.WriteAllTextAsync(Path.Combine(Data, "mutualaid.db"), "this is not an SQLite database, but long enough to be read as a header.");

        var result = await CliRunner.RunAsync("backup", Backups, "--data-dir", Data);

        Assert.Equal(MutualAidCommandLine.Failed, result.ExitCode);
        Assert.StartsWith("Backup failed: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(System.IO.Directory.GetFileSystemEntries(Backups));
    }

    [Fact]
    public async Task A_destination_inside_the_data_directory_or_a_file_is_refused()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("migrate", "--data-dir", Data)).ExitCode);
        await File.WriteAllTextAsync(Path.Combine(_temp.Path, "a-file"), "");

        var inside = await CliRunner.RunAsync("backup", Path.Combine(Data, "backups"), "--data-dir", Data);
        var file = await CliRunner.RunAsync("backup", Path.Combine(_temp.Path, "a-file"), "--data-dir", Data);

        Assert.Equal(MutualAidCommandLine.Failed, inside.ExitCode);
        Assert.Contains("is inside the data directory", inside.Error, StringComparison.Ordinal);
        Assert.False(System.IO.Directory.Exists(Path.Combine(Data, "backups")));
        Assert.Equal(MutualAidCommandLine.Failed, file.ExitCode);
        Assert.Contains("is a file; give a folder", file.Error, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
