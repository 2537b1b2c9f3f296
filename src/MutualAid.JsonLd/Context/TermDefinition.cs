using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Context;

/// <summary>A term definition of an active context (JSON-LD 1.1 API, section 4.1). Immutable once added.</summary>
internal sealed class TermDefinition
{
    /// <summary>The IRI (or keyword, or blank node) the term expands to; null when the term maps to null.</summary>
    public string? IriMapping { get; set; }

    public bool IsPrefix { get; set; }

    public bool IsProtected { get; set; }

    public bool IsReverseProperty { get; set; }

    /// <summary>The base URL for resolving relative references in <see cref="LocalContext"/>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The term's scoped context (@context in its definition), unprocessed.</summary>
    public JsonNode? LocalContext { get; set; }

    public bool HasLocalContext { get; set; }

    public Container Container { get; set; }

    /// <summary>Whether an @container entry was present (a container of none differs from an absent one).</summary>
    public bool HasContainer { get; set; }

    public bool HasDirection { get; set; }

    public string? Direction { get; set; }

    public bool HasLanguage { get; set; }

    public string? Language { get; set; }

    public string? IndexMapping { get; set; }

    public string? NestValue { get; set; }

    public string? TypeMapping { get; set; }

    /// <summary>Equality apart from the protected flag (for "protected term redefinition").</summary>
    public bool SameDefinitionAs(TermDefinition other) =>
        IriMapping == other.IriMapping && IsPrefix == other.IsPrefix && IsReverseProperty == other.IsReverseProperty
        && Container == other.Container && HasDirection == other.HasDirection && Direction == other.Direction
        && HasLanguage == other.HasLanguage && Language == other.Language && IndexMapping == other.IndexMapping
        && NestValue == other.NestValue && TypeMapping == other.TypeMapping && HasLocalContext == other.HasLocalContext
        && (!HasLocalContext || JsonNode.DeepEquals(LocalContext, other.LocalContext));
}
