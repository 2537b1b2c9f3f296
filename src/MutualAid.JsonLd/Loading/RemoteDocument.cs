using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Loading;

/// <summary>A loaded document: its final URL (after redirects) and its parsed JSON.</summary>
public sealed class RemoteDocument
{
    public RemoteDocument(Uri documentUrl, JsonNode? document, string? contentType = "application/ld+json")
    {
        DocumentUrl = documentUrl;
        Document = document;
        ContentType = contentType;
    }

    public Uri DocumentUrl { get; }

    /// <summary>The parsed document. Shared between callers: never mutate it.</summary>
    public JsonNode? Document { get; }

    public string? ContentType { get; }
}
