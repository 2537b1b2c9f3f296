using System.Globalization;
using MutualAid.Data.Sqlite;
using MutualAid.Server.Backup;

namespace MutualAid.Server.CommandLine;

/// <summary>
/// <c>mutualaid backup &lt;folder&gt;</c>: a consistent backup of the data directory, safe while the server runs
/// (<see cref="DataDirectoryBackup"/>). Prints the new folder, which is itself a data directory.
/// </summary>
internal sealed class BackupCommand : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var parsed = CommandArguments.Parse(args, CommandArguments.StorageOptions, positionals: 1);
        // Not prepared: a backup must never migrate (or create) the database it copies.
        await using var app = await CliHost.OpenAsync(parsed.StorageSettings(), prepare: false, context.CancellationToken);
        try
        {
            var result = await app.Services.GetRequiredService<DataDirectoryBackup>().WriteAsync(parsed.Positionals[0], context.CancellationToken);
            await context.Out.WriteLineAsync(result.Folder);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Database: {result.DatabaseBytes:N0} bytes, integrity checked, schema {result.LastMigration ?? "(none)"}; secret files: {result.SecretFiles}."));
            await context.Out.WriteLineAsync($"To restore, stop the server and run it with --data-dir {result.Folder} (or copy the folder's contents back).");
            return MutualAidCommandLine.Ok;
        }
        catch (Exception failure) when (failure is SqliteSnapshotException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await context.Error.WriteLineAsync("Backup failed: " + failure.Message);
            return MutualAidCommandLine.Failed;
        }
    }
}
