using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.WebFinger;

/// <summary>One link of a JSON Resource Descriptor (RFC 7033 section 4.4.4).</summary>
public sealed record JrdLink
{
    [JsonPropertyName("rel")]
    public string? Rel { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("href")]
    public string? Href { get; init; }

    /// <summary>A URI template with <c>{uri}</c>, as in OStatus subscribe links (not in RFC 7033, but everyone sends it).</summary>
    [JsonPropertyName("template")]
    public string? Template { get; init; }

    [JsonPropertyName("titles")]
    public IReadOnlyDictionary<string, string>? Titles { get; init; }

    [JsonPropertyName("properties")]
    public IReadOnlyDictionary<string, string?>? Properties { get; init; }
}
