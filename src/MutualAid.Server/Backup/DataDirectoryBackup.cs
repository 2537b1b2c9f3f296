using System.Globalization;
using Microsoft.Extensions.Options;
using MutualAid.Data.Sqlite;
using MutualAid.Server.Hosting;

namespace MutualAid.Server.Backup;

/// <summary>
/// Backs up a data directory while the server runs: a consistent snapshot of the database plus the folders of
/// secrets beside it (<c>secrets/</c>: the API token key; <c>keys/</c>: the cookie keys). The backup is itself a
/// data directory, so restoring is pointing <c>--data-dir</c> at it (or copying it back). It is written under a
/// <c>.partial</c> name and renamed at the end, so a folder with the final name is always a complete backup.
/// </summary>
public sealed class DataDirectoryBackup(IOptions<MutualAidOptions> options, TimeProvider time)
{
    /// <summary>What a backup wrote.</summary>
    public sealed record Result(string Folder, long DatabaseBytes, string? LastMigration, int SecretFiles);

    /// <summary>Writes a backup into a new folder <c>mutualaid-{UTC time}</c> under <paramref name="destination"/>.</summary>
    public async Task<Result> WriteAsync(string destination, CancellationToken cancellationToken)
    {
        var source = options.Value.FullDataDirectory;
        var parent = Path.GetFullPath(destination);
        if (File.Exists(parent))
        {
            throw new SqliteSnapshotException($"{parent} is a file; give a folder to put backups in.");
        }

        if (IsWithin(parent, source))
        {
            // A backup on the same disk and folder as the data is lost with it; inside it, the next backup would copy it.
            throw new SqliteSnapshotException($"{parent} is inside the data directory {source}; put backups elsewhere.");
        }

        var name = "mutualaid-" + time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var folder = Path.Combine(parent, name);
        if (Directory.Exists(folder))
        {
            throw new SqliteSnapshotException($"{folder} already exists; wait a second and run the backup again.");
        }

        Directory.CreateDirectory(parent);
        var partial = folder + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        DataDirectory.Ensure(partial);
        try
        {
            var snapshot = await SqliteSnapshot.WriteAsync(source, Path.Combine(partial, SqliteStorage.DatabaseFileName), cancellationToken);
            var files = DataDirectory.SecretFolders.Sum(secrets => CopyFolder(Path.Combine(source, secrets), Path.Combine(partial, secrets)));
            Directory.Move(partial, folder);
            return new Result(folder, snapshot.Bytes, snapshot.LastMigration, files);
        }
        catch
        {
            // A half-written backup must not be mistaken for one; the error goes to the caller.
            Directory.Delete(partial, recursive: true);
            throw;
        }
    }

    private static int CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return 0;
        }

        DataDirectory.Ensure(to);
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            DataDirectory.Ensure(Path.GetDirectoryName(target)!);
            // File.Copy keeps the owner-only mode the server gave its secrets.
            File.Copy(file, target);
            count++;
        }

        return count;
    }

    private static bool IsWithin(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
