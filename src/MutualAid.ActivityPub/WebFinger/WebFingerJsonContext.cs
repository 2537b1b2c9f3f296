using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.WebFinger;

[JsonSerializable(typeof(JrdDocument))]
internal sealed partial class WebFingerJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Omits nulls, and writes '+' and '&amp;' as themselves: the default encoder's
    /// "application/activity\u002Bjson" is valid JSON but trips consumers that compare raw text.
    /// These documents are served as JSON, never inlined in HTML.
    /// </summary>
    public static WebFingerJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
