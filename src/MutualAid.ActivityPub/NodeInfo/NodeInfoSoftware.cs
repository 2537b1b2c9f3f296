using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>The <c>software</c> member: what runs the instance.</summary>
public sealed partial record NodeInfoSoftware
{
    /// <summary>Canonical name, lower-case letters, digits and dashes (schema 2.1: <c>^[a-z0-9-]+$</c>).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("version")]
    public required string Version { get; init; }

    /// <summary>Source repository (2.1 and later).</summary>
    [JsonPropertyName("repository")]
    public string? Repository { get; init; }

    /// <summary>Project homepage (2.1 and later).</summary>
    [JsonPropertyName("homepage")]
    public string? Homepage { get; init; }

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex(@"\A[a-z0-9-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
