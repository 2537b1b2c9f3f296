using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>Account counts; each may be absent when an instance chooses not to tell.</summary>
public sealed record NodeInfoUsers
{
    [JsonPropertyName("total")]
    public long? Total { get; init; }

    [JsonPropertyName("activeMonth")]
    public long? ActiveMonth { get; init; }

    [JsonPropertyName("activeHalfyear")]
    public long? ActiveHalfyear { get; init; }
}
