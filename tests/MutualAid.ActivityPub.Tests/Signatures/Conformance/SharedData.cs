namespace MutualAid.ActivityPub.Tests.Signatures.Conformance;

/// <summary>Finds ../shared/conformance/http-signatures beside the repository (MUTUALAID_SHARED overrides).</summary>
internal static class SharedData
{
    public static string HttpSignaturesDirectory => Path.Combine(SharedRoot(), "conformance", "http-signatures");

    public static string Read(params string[] relative) => File.ReadAllText(Path.Combine([HttpSignaturesDirectory, .. relative]));

    private static string SharedRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MUTUALAID_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Federation.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new DirectoryNotFoundException("No Federation.sln above the test binaries; set MUTUALAID_SHARED to the shared folder.");
    }
}
