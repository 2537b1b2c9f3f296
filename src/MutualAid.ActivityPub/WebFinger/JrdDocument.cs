using System.Text.Json;
using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.WebFinger;

/// <summary>A JSON Resource Descriptor, the body of a WebFinger answer (RFC 7033 section 4.4).</summary>
public sealed record JrdDocument
{
    /// <summary>Media type of the serialized form.</summary>
    public const string MediaType = "application/jrd+json";

    [JsonPropertyName("subject")]
    public string? Subject { get; init; }

    [JsonPropertyName("aliases")]
    public IReadOnlyList<string>? Aliases { get; init; }

    [JsonPropertyName("properties")]
    public IReadOnlyDictionary<string, string?>? Properties { get; init; }

    [JsonPropertyName("links")]
    public IReadOnlyList<JrdLink>? Links { get; init; }

    /// <summary>The first link with this relation that also satisfies <paramref name="match"/>, if any.</summary>
    public JrdLink? FindLink(string rel, Func<JrdLink, bool>? match = null) =>
        Links?.FirstOrDefault(link =>
            link is not null
            && string.Equals(link.Rel, rel, StringComparison.Ordinal)
            && (match is null || match(link)));

    /// <summary>Parses a JRD, ignoring members it does not know.</summary>
    /// <exception cref="WebFingerException">The body is not a JSON object of the JRD shape.</exception>
    public static JrdDocument Parse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, WebFingerJsonContext.Wire.JrdDocument)
                ?? throw new WebFingerException(WebFingerFailure.InvalidDocument, "The WebFinger answer is JSON null.");
        }
        catch (JsonException ex)
        {
            throw new WebFingerException(WebFingerFailure.InvalidDocument, $"The WebFinger answer is not a valid JRD: {ex.Message}", ex);
        }
    }

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, WebFingerJsonContext.Wire.JrdDocument);

    public string ToJson() => JsonSerializer.Serialize(this, WebFingerJsonContext.Wire.JrdDocument);
}
