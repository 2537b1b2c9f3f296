using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>The <c>usage</c> member.</summary>
public sealed record NodeInfoUsage
{
    [JsonPropertyName("users")]
    public NodeInfoUsers Users { get; init; } = new();

    [JsonPropertyName("localPosts")]
    public long? LocalPosts { get; init; }

    [JsonPropertyName("localComments")]
    public long? LocalComments { get; init; }
}
