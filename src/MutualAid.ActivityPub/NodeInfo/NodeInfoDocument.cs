using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>A NodeInfo document (schema 2.1 by default; <see cref="AsVersion20"/> gives the 2.0 form).</summary>
public sealed record NodeInfoDocument
{
    [JsonPropertyName("version")]
    public string Version { get; init; } = "2.1";

    [JsonPropertyName("software")]
    public required NodeInfoSoftware Software { get; init; }

    [JsonPropertyName("protocols")]
    public IReadOnlyList<string> Protocols { get; init; } = ["activitypub"];

    [JsonPropertyName("services")]
    public NodeInfoServices Services { get; init; } = new();

    [JsonPropertyName("openRegistrations")]
    public bool OpenRegistrations { get; init; }

    [JsonPropertyName("usage")]
    public NodeInfoUsage Usage { get; init; } = new();

    /// <summary>Free-form instance metadata (name, description, our directory fields...).</summary>
    [JsonPropertyName("metadata")]
    public JsonObject Metadata { get; init; } = [];

    /// <summary>The same facts in schema 2.0, which has no software repository or homepage.</summary>
    public NodeInfoDocument AsVersion20() =>
        this with { Version = "2.0", Software = Software with { Repository = null, Homepage = null } };

    /// <summary>Serializes our own document after checking it meets the schema.</summary>
    /// <exception cref="InvalidOperationException">A field breaks the schema (so we never publish an invalid document).</exception>
    public byte[] ToUtf8Json()
    {
        Validate();
        return JsonSerializer.SerializeToUtf8Bytes(this, NodeInfoJsonContext.Wire.NodeInfoDocument);
    }

    public void Validate()
    {
        if (Version is not ("2.0" or "2.1"))
        {
            throw new InvalidOperationException($"NodeInfo version '{Version}' is not one we publish (2.0 or 2.1).");
        }

        if (!NodeInfoSoftware.IsValidName(Software.Name))
        {
            throw new InvalidOperationException($"NodeInfo software name '{Software.Name}' must match ^[a-z0-9-]+$.");
        }

        if (string.IsNullOrWhiteSpace(Software.Version))
        {
            throw new InvalidOperationException("NodeInfo software version must not be empty.");
        }

        if (Protocols.Count == 0)
        {
            throw new InvalidOperationException("NodeInfo must list at least one protocol.");
        }

        if (Version == "2.0" && (Software.Repository is not null || Software.Homepage is not null))
        {
            throw new InvalidOperationException("NodeInfo 2.0 has no software repository or homepage; use AsVersion20().");
        }
    }
}
