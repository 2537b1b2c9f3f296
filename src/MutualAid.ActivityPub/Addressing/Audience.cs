using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.ActivityPub.Addressing;

/// <summary>
/// Who an object or activity is addressed to, read from its <c>to</c>, <c>cc</c>, <c>bto</c>,
/// <c>bcc</c> and <c>audience</c>. Public means Public appears in <c>to</c> or <c>cc</c>, in any spelling:
/// Public in <c>to</c> is a public post, in <c>cc</c> an unlisted one (Mastodon's reading); both are visible to all.
/// </summary>
public sealed record Audience(
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    IReadOnlyList<string> Bto,
    IReadOnlyList<string> Bcc,
    IReadOnlyList<string> AudienceIris)
{
    private static readonly string[] VisibleFields = ["to", "cc"];

    public static Audience Empty { get; } = new([], [], [], [], []);

    public static Audience From(JsonElement document) => new(
        ObjectReferences.Of(document, "to"),
        ObjectReferences.Of(document, "cc"),
        ObjectReferences.Of(document, "bto"),
        ObjectReferences.Of(document, "bcc"),
        ObjectReferences.Of(document, "audience"));

    public static Audience From(JsonNode? document) => new(
        ObjectReferences.Of(document, "to"),
        ObjectReferences.Of(document, "cc"),
        ObjectReferences.Of(document, "bto"),
        ObjectReferences.Of(document, "bcc"),
        ObjectReferences.Of(document, "audience"));

    /// <summary>Every place Public appears in <c>to</c> or <c>cc</c>, with the spelling used.</summary>
    public IReadOnlyList<PublicAddressing> PublicAddressing =>
        VisibleFields
            .SelectMany(name => Field(name).Where(PublicCollection.IsPublic).Select(spelling => new PublicAddressing(name, spelling)))
            .ToList();

    public bool IsPublic => To.Any(PublicCollection.IsPublic) || Cc.Any(PublicCollection.IsPublic);

    /// <summary>Public in <c>to</c>: shown on public timelines (rather than only on profiles, as with Public in <c>cc</c>).</summary>
    public bool IsListed => To.Any(PublicCollection.IsPublic);

    /// <summary>All addressed IRIs except Public, without duplicates: the recipients to deliver to or check membership against.</summary>
    public IReadOnlyList<string> Recipients =>
        To.Concat(Cc).Concat(Bto).Concat(Bcc).Concat(AudienceIris)
            .Where(iri => !PublicCollection.IsPublic(iri))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private IReadOnlyList<string> Field(string name) => name switch
    {
        "to" => To,
        "cc" => Cc,
        "bto" => Bto,
        "bcc" => Bcc,
        "audience" => AudienceIris,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not an addressing property."),
    };
}
