using System.Text.Json.Nodes;
using MutualAid.Core.Federation;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Inbox;

/// <summary>What a handler gets: the stored item, the activity expanded and as received, and its object.</summary>
public sealed record InboxContext(InboxItem Item, Expanded Activity, JsonObject Document)
{
    public string ActorIri => Item.ActorIri;

    /// <summary>The object when embedded (with a type), else null.</summary>
    public Expanded? Object => Activity.Object(Expanded.As + "object") is { } o && o.Types.Count > 0 ? o : null;

    public string? ObjectId => Activity.IdOf(Expanded.As + "object");

    /// <summary>The object as received (compact), for storing remote actor documents.</summary>
    public JsonNode? RawObject => Document["object"];

    public string ObjectType => Object?.Type ?? "";
}
