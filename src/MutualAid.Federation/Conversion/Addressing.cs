using System.Text.Json.Nodes;
using MutualAid.ActivityPub.Addressing;
using MutualAid.Core.Listings;

namespace MutualAid.Federation.Conversion;

/// <summary>to/cc by visibility, as Mastodon derives visibility back from them (vocabulary section 8).</summary>
public sealed record Addressing(IReadOnlyList<string> To, IReadOnlyList<string> Cc)
{
    public static Addressing For(ListingVisibility visibility, string followers) => For(visibility, [followers]);

    /// <summary>Several followers collections: a followable listing reaches its collective's and its own actor's followers.</summary>
    public static Addressing For(ListingVisibility visibility, IReadOnlyList<string> followers) => visibility switch
    {
        ListingVisibility.Public => new([PublicCollection.Iri], followers),
        ListingVisibility.Unlisted => new(followers, [PublicCollection.Iri]),
        _ => new(followers, []),
    };

    public void WriteTo(JsonObject target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target["to"] = new JsonArray([.. To.Select(t => (JsonNode)t)]);
        target["cc"] = new JsonArray([.. Cc.Select(c => (JsonNode)c)]);
    }
}
