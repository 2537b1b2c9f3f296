using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>One entry of the <c>/.well-known/nodeinfo</c> discovery document.</summary>
public sealed record NodeInfoLink(
    [property: JsonPropertyName("rel")] string Rel,
    [property: JsonPropertyName("href")] string Href);
