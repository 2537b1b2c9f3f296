namespace MutualAid.ActivityPub.Addressing;

/// <summary>
/// The special "everyone" collection. JSON-LD compaction lets it appear as the full IRI, the
/// compact <c>as:Public</c> (Fedify) or the bare term <c>Public</c>; all three mean the same.
/// </summary>
public static class PublicCollection
{
    public const string Iri = "https://www.w3.org/ns/activitystreams#Public";
    public const string CompactIri = "as:Public";
    public const string Term = "Public";

    /// <summary>True for any of the three spellings (exact, case-sensitive: IRIs and terms are).</summary>
    public static bool IsPublic(string? reference) => reference is Iri or CompactIri or Term;

    /// <summary>The full IRI for any spelling of Public; other references unchanged.</summary>
    public static string Canonicalize(string reference) => IsPublic(reference) ? Iri : reference;
}
