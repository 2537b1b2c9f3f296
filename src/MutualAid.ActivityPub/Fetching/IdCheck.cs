namespace MutualAid.ActivityPub.Fetching;

/// <summary>How strictly a fetched document's <c>id</c> must match where it came from.</summary>
public enum IdCheck
{
    /// <summary>The id must have the same origin (scheme, host, port) as the URL that finally served it.</summary>
    SameOrigin,

    /// <summary>
    /// The requested URL is the object's id (Mastodon's "id is known"): the id must equal it exactly,
    /// and still share the final URL's origin, so an open redirect cannot vouch for another host's content.
    /// </summary>
    ExactMatch,
}
