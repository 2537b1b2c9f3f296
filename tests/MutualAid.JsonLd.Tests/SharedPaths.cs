namespace MutualAid.JsonLd.Tests;

/// <summary>Finds ../shared/conformance next to the repository root (or MUTUALAID_SHARED).</summary>
internal static class SharedPaths
{
    public static string Shared { get; } = FindShared();

    public static string Conformance => Path.Combine(Shared, "conformance");

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Federation.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Federation.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FindShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MUTUALAID_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        return Path.GetFullPath(Path.Combine(FindRepoRoot(), "..", "shared"));
    }
}
