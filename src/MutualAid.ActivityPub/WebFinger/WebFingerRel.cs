namespace MutualAid.ActivityPub.WebFinger;

/// <summary>Link relations the fediverse puts in WebFinger answers.</summary>
public static class WebFingerRel
{
    /// <summary>The ActivityPub actor.</summary>
    public const string Self = "self";

    /// <summary>The human-readable profile page.</summary>
    public const string ProfilePage = "http://webfinger.net/rel/profile-page";

    /// <summary>Remote follow / interaction template (<c>{uri}</c> is the thing to interact with).</summary>
    public const string Subscribe = "http://ostatus.org/schema/1.0/subscribe";

    /// <summary>host-meta's pointer to the WebFinger endpoint.</summary>
    public const string Lrdd = "lrdd";
}
