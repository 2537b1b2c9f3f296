namespace MutualAid.Testing;

/// <summary>Finds the repository root (the folder with Federation.sln) and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Federation.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException($"No Federation.sln above {AppContext.BaseDirectory}.");
        }
    }

    public static string Shared =>
        Environment.GetEnvironmentVariable("MUTUALAID_SHARED") is { Length: > 0 } shared ? shared : Path.GetFullPath(Path.Combine(Root, "..", "shared"));
}
