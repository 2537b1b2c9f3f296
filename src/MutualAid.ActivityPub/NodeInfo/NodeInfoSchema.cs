namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>Relations, paths and media types of NodeInfo discovery (nodeinfo.diaspora.software) and FEP-2677.</summary>
public static class NodeInfoSchema
{
    public const string Rel20 = "http://nodeinfo.diaspora.software/ns/schema/2.0";
    public const string Rel21 = "http://nodeinfo.diaspora.software/ns/schema/2.1";
    public const string Rel22 = "http://nodeinfo.diaspora.software/ns/schema/2.2";

    /// <summary>FEP-2677: the link to the instance (server) actor.</summary>
    public const string ApplicationRel = "https://www.w3.org/ns/activitystreams#Application";

    /// <summary>Where the discovery document lives.</summary>
    public const string WellKnownPath = "/.well-known/nodeinfo";

    public const string Path20 = "/nodeinfo/2.0";
    public const string Path21 = "/nodeinfo/2.1";

    /// <summary>The Content-Type to serve a NodeInfo document of <paramref name="version"/> with.</summary>
    public static string MediaTypeFor(string version) =>
        $"application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/{version}#\"";

    /// <summary>
    /// The schema version a discovery rel names ("2.1"), or null when it is not a NodeInfo schema.
    /// Tolerates https and a trailing '#' or '/', which some servers send.
    /// </summary>
    public static string? VersionOf(string? rel)
    {
        if (rel is null)
        {
            return null;
        }

        var trimmed = rel.Trim().TrimEnd('#', '/');
        foreach (var prefix in (ReadOnlySpan<string>)["http://nodeinfo.diaspora.software/ns/schema/", "https://nodeinfo.diaspora.software/ns/schema/"])
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var version = trimmed[prefix.Length..];
                return version.Length > 0 && version.All(c => char.IsAsciiDigit(c) || c == '.') ? version : null;
            }
        }

        return null;
    }
}
