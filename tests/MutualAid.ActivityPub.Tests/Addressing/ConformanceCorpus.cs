using System.Text.Json;

namespace MutualAid.ActivityPub.Tests.Addressing;

/// <summary>
/// Finds the shared conformance data: MUTUALAID_SHARED if set, else <c>../shared</c> next to the
/// directory holding Federation.sln, found by walking up from the test binaries.
/// </summary>
internal static class ConformanceCorpus
{
    public static string SharedDirectory { get; } = FindShared();

    public static string ActivityStreamsDirectory => Path.Combine(SharedDirectory, "conformance", "activitystreams");

    public static JsonDocument ReadIndex() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ActivityStreamsDirectory, "index.json")));

    public static JsonDocument ReadDocument(string file) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ActivityStreamsDirectory, file)));

    private static string FindShared()
    {
        var configured = Environment.GetEnvironmentVariable("MUTUALAID_SHARED");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Federation.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
            }
        }

        throw new DirectoryNotFoundException(
            $"No Federation.sln above {AppContext.BaseDirectory}; set MUTUALAID_SHARED to the shared conformance directory.");
    }
}
