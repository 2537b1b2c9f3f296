using System.Text.Json.Nodes;

namespace MutualAid.Federation.Conversion;

public static partial class DomainToAs
{
    /// <summary>An activity whose object is embedded (Create, Update, Delete); it repeats the object's addressing.</summary>
    public static JsonObject Activity(string id, string type, string actor, JsonNode @object, Addressing addressing, DateTimeOffset published)
    {
        ArgumentNullException.ThrowIfNull(addressing);
        var activity = new JsonObject
        {
            ["@context"] = MutualAidContext.ForSignedActivity(),
            ["id"] = id,
            ["type"] = type,
            ["actor"] = actor,
            ["published"] = Timestamp(published),
        };
        addressing.WriteTo(activity);
        activity["object"] = @object;
        return activity;
    }

    /// <summary>A Follow, Undo, Accept, Reject or Block aimed at one actor.</summary>
    public static JsonObject DirectActivity(string id, string type, string actor, string to, JsonNode @object)
    {
        return new JsonObject
        {
            ["@context"] = MutualAidContext.ForSignedActivity(),
            ["id"] = id,
            ["type"] = type,
            ["actor"] = actor,
            ["to"] = new JsonArray(to),
            ["object"] = @object,
        };
    }

    /// <summary>An OrderedCollection head with its first page link (Mastodon's shape for outbox and followers).</summary>
    public static JsonObject CollectionHead(string id, int totalItems, bool withPages)
    {
        var head = new JsonObject
        {
            ["@context"] = MutualAidContext.ActivityStreams,
            ["id"] = id,
            ["type"] = "OrderedCollection",
            ["totalItems"] = totalItems,
        };
        if (withPages)
        {
            head["first"] = id + "?page=1";
        }

        return head;
    }

    /// <summary>A small, unpaged collection of embedded Notes (Mastodon reads <c>featured</c> this way).</summary>
    public static JsonObject FeaturedCollection(string id, IReadOnlyList<JsonObject> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return new JsonObject
        {
            ["@context"] = MutualAidContext.ForObject(),
            ["id"] = id,
            ["type"] = "OrderedCollection",
            ["totalItems"] = notes.Count,
            ["orderedItems"] = new JsonArray([.. notes]),
        };
    }

    public static JsonObject CollectionPage(string collectionId, int page, IEnumerable<JsonNode> items, bool hasNext)
    {
        var result = new JsonObject
        {
            ["@context"] = MutualAidContext.ActivityStreams,
            ["id"] = $"{collectionId}?page={page}",
            ["type"] = "OrderedCollectionPage",
            ["partOf"] = collectionId,
            ["orderedItems"] = new JsonArray([.. items]),
        };
        if (hasNext)
        {
            result["next"] = $"{collectionId}?page={page + 1}";
        }

        if (page > 1)
        {
            result["prev"] = $"{collectionId}?page={page - 1}";
        }

        return result;
    }
}
