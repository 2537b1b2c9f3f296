using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.WebFinger;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JrdDocument))]
internal sealed partial class WebFingerJsonContext : JsonSerializerContext;
