using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>Third-party sites the instance can pull from or push to (RSS, Twitter...); usually empty.</summary>
public sealed record NodeInfoServices
{
    [JsonPropertyName("inbound")]
    public IReadOnlyList<string> Inbound { get; init; } = [];

    [JsonPropertyName("outbound")]
    public IReadOnlyList<string> Outbound { get; init; } = [];
}
