using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.NodeInfo;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NodeInfoDocument))]
[JsonSerializable(typeof(NodeInfoLinks))]
internal sealed partial class NodeInfoJsonContext : JsonSerializerContext;
