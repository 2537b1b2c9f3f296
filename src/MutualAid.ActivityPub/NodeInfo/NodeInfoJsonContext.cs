using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.NodeInfo;

[JsonSerializable(typeof(NodeInfoDocument))]
[JsonSerializable(typeof(NodeInfoLinks))]
internal sealed partial class NodeInfoJsonContext : JsonSerializerContext
{
    /// <summary>Omits nulls and keeps URLs readable (no \u0026 escapes); served as JSON only.</summary>
    public static NodeInfoJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
