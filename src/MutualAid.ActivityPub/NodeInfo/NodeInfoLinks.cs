using System.Text.Json;
using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>The <c>/.well-known/nodeinfo</c> discovery document.</summary>
public sealed record NodeInfoLinks
{
    [JsonPropertyName("links")]
    public IReadOnlyList<NodeInfoLink> Links { get; init; } = [];

    /// <summary>
    /// Our discovery document: NodeInfo 2.1 and 2.0 at <see cref="NodeInfoSchema.Path21"/> and
    /// <see cref="NodeInfoSchema.Path20"/> under <paramref name="baseUri"/>, and the FEP-2677 link to
    /// the instance actor when there is one.
    /// </summary>
    public static NodeInfoLinks ForInstance(Uri baseUri, Uri? instanceActor)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        List<NodeInfoLink> links =
        [
            new(NodeInfoSchema.Rel21, new Uri(baseUri, NodeInfoSchema.Path21).AbsoluteUri),
            new(NodeInfoSchema.Rel20, new Uri(baseUri, NodeInfoSchema.Path20).AbsoluteUri),
        ];
        if (instanceActor is not null)
        {
            links.Add(new(NodeInfoSchema.ApplicationRel, instanceActor.AbsoluteUri));
        }

        return new NodeInfoLinks { Links = links };
    }

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, NodeInfoJsonContext.Wire.NodeInfoLinks);
}
