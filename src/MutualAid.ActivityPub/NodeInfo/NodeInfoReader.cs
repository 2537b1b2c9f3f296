using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>
/// Reads NodeInfo as other servers really send it: unknown members ignored, numbers as strings,
/// missing counts, 1.x-style <c>protocols</c> objects. Only the software name is required.
/// </summary>
public static class NodeInfoReader
{
    public static NodeInfoLinks ParseLinks(ReadOnlySpan<byte> utf8Json)
    {
        using var document = ParseObject(utf8Json, "NodeInfo discovery document");
        var links = new List<NodeInfoLink>();
        if (document.RootElement.TryGetProperty("links", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var link in array.EnumerateArray())
            {
                if (Text(link, "rel") is { } rel && Text(link, "href") is { } href)
                {
                    links.Add(new NodeInfoLink(rel, href));
                }
            }
        }

        return new NodeInfoLinks { Links = links };
    }

    public static NodeInfoDocument ParseDocument(ReadOnlySpan<byte> utf8Json)
    {
        using var document = ParseObject(utf8Json, "NodeInfo document");
        var root = document.RootElement;
        var software = root.TryGetProperty("software", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var name = software.ValueKind == JsonValueKind.Object ? Text(software, "name") : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new NodeInfoException(NodeInfoFailure.InvalidDocument, "The NodeInfo document has no software name.");
        }

        var usage = root.TryGetProperty("usage", out var u) && u.ValueKind == JsonValueKind.Object ? u : default;
        var users = usage.ValueKind == JsonValueKind.Object && usage.TryGetProperty("users", out var us) && us.ValueKind == JsonValueKind.Object
            ? us
            : default;
        var services = root.TryGetProperty("services", out var sv) && sv.ValueKind == JsonValueKind.Object ? sv : default;

        return new NodeInfoDocument
        {
            Version = Text(root, "version") ?? string.Empty,
            Software = new NodeInfoSoftware
            {
                Name = name,
                Version = Text(software, "version") ?? string.Empty,
                Repository = Text(software, "repository"),
                Homepage = Text(software, "homepage"),
            },
            Protocols = Protocols(root),
            Services = new NodeInfoServices { Inbound = Texts(services, "inbound"), Outbound = Texts(services, "outbound") },
            OpenRegistrations = Flag(root, "openRegistrations"),
            Usage = new NodeInfoUsage
            {
                Users = new NodeInfoUsers
                {
                    Total = Count(users, "total"),
                    ActiveMonth = Count(users, "activeMonth"),
                    ActiveHalfyear = Count(users, "activeHalfyear"),
                },
                LocalPosts = Count(usage, "localPosts"),
                LocalComments = Count(usage, "localComments"),
            },
            Metadata = root.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object
                ? JsonObject.Create(m.Clone()) ?? []
                : [],
        };
    }

    private static JsonDocument ParseObject(ReadOnlySpan<byte> utf8Json, string what)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray());
        }
        catch (JsonException ex)
        {
            throw new NodeInfoException(NodeInfoFailure.InvalidDocument, $"The {what} is not valid JSON: {ex.Message}", ex);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = document.RootElement.ValueKind;
            document.Dispose();
            throw new NodeInfoException(NodeInfoFailure.InvalidDocument, $"The {what} is a JSON {kind}, not an object.");
        }

        return document;
    }

    private static IReadOnlyList<string> Protocols(JsonElement root)
    {
        if (!root.TryGetProperty("protocols", out var protocols))
        {
            return [];
        }

        // NodeInfo 1.x had {"inbound": [...], "outbound": [...]}; some servers still send it.
        return protocols.ValueKind == JsonValueKind.Object
            ? Texts(protocols, "inbound").Concat(Texts(protocols, "outbound")).Distinct(StringComparer.Ordinal).ToList()
            : Strings(protocols);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static IReadOnlyList<string> Texts(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Strings(value) : [];

    private static List<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
        JsonValueKind.String => [value.GetString()!],
        _ => [],
    };

    private static bool Flag(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => bool.TryParse(value.GetString(), out var parsed) && parsed,
            _ => false,
        };
    }

    private static long? Count(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
            JsonValueKind.Number when value.TryGetDouble(out var real) && double.IsFinite(real) => (long)real,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var text) => text,
            _ => null,
        };
    }
}
