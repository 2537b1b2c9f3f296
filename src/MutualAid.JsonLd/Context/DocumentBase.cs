namespace MutualAid.JsonLd.Context;

/// <summary>
/// Stands for "the base IRI of the document being processed" in contexts, so that processed contexts
/// can be shared between documents with different base IRIs. It is resolved (by
/// <see cref="ProcessingSession.Effective"/>) only where a relative reference actually meets it; a
/// context whose processing did so is cached per document base.
/// </summary>
internal static class DocumentBase
{
    /// <summary>Compared by reference: no IRI a caller supplies can be this instance.</summary>
    public static readonly string Marker = new(['<', 'd', 'o', 'c', 'u', 'm', 'e', 'n', 't', ' ', 'b', 'a', 's', 'e', '>']);

    /// <summary>Cache key part for contexts whose processing never used the document base.</summary>
    public static readonly object Independent = new();

    /// <summary>Cache key part for a document without a base IRI.</summary>
    public static readonly object None = new();

    public static bool Is(string? value) => ReferenceEquals(value, Marker);
}
