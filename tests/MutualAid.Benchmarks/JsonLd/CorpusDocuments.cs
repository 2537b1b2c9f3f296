using System.Text.Json.Nodes;

namespace MutualAid.Benchmarks.JsonLd;

/// <summary>The ActivityStreams corpus in shared/conformance/activitystreams, parsed once.</summary>
internal static class CorpusDocuments
{
    public static string Directory { get; } = FindCorpus();

    public static IReadOnlyList<(string File, JsonNode Document)> Load() =>
        System.IO.Directory.GetFiles(Directory, "*.json")
            .Where(f => Path.GetFileName(f) != "index.json")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), JsonNode.Parse(File.ReadAllText(f))!))
            .ToList();

    private static string FindCorpus()
    {
        var shared = Environment.GetEnvironmentVariable("MUTUALAID_SHARED");
        if (string.IsNullOrEmpty(shared))
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Federation.sln")))
            {
                dir = dir.Parent;
            }

            shared = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Federation.sln not found"), "..", "shared");
        }

        return Path.GetFullPath(Path.Combine(shared, "conformance", "activitystreams"));
    }
}
