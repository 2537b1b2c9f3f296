using System.Text.Json.Nodes;
using MutualAid.JsonLd.Loading;

namespace MutualAid.JsonLd;

/// <summary>Options for <see cref="JsonLdProcessor"/> (the JsonLdOptions of the JSON-LD 1.1 API).</summary>
public sealed class JsonLdOptions
{
    /// <summary>Default limit on JSON nesting; deep enough for any real document, shallow enough that
    /// the recursive algorithms stay far from a stack overflow.</summary>
    public const int DefaultMaxDepth = 512;

    /// <summary>Default limit on remote contexts loaded while processing one document.</summary>
    public const int DefaultMaxRemoteContexts = 32;

    /// <summary>The base IRI of the document; relative IRIs and context references resolve against it.</summary>
    public string? Base { get; init; }

    /// <summary>Loads remote contexts. Default: <see cref="StaticDocumentLoader.Bundled"/>, which never touches the network.</summary>
    public IDocumentLoader DocumentLoader { get; init; } = StaticDocumentLoader.Bundled;

    public JsonLdProcessingMode ProcessingMode { get; init; } = JsonLdProcessingMode.Json11;

    /// <summary>A context applied before the document's own (a context object, or a document with @context).</summary>
    public JsonNode? ExpandContext { get; init; }

    /// <summary>Compaction: replace single-item arrays by their item.</summary>
    public bool CompactArrays { get; init; } = true;

    /// <summary>Compaction: make IRIs relative to the base IRI where possible.</summary>
    public bool CompactToRelative { get; init; } = true;

    /// <summary>Process object members in lexicographical order (slower; for reproducible output).</summary>
    public bool Ordered { get; init; }

    /// <summary>Maximum nesting of JSON objects and arrays in the input.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>Maximum number of remote context documents referenced in a chain ("context overflow").</summary>
    public int MaxRemoteContexts { get; init; } = DefaultMaxRemoteContexts;
}
