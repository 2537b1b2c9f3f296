using System.Net.Http.Headers;

namespace MutualAid.ActivityPub.Fetching;

/// <summary>The media types ActivityPub documents travel under, and the tolerant check Mastodon applies.</summary>
public static class ActivityStreamsMediaType
{
    public const string Activity = "application/activity+json";
    public const string LinkedData = "application/ld+json";
    public const string Json = "application/json";
    public const string Profile = "https://www.w3.org/ns/activitystreams";

    /// <summary>The ld+json form with the ActivityStreams profile, as ActivityPub spells it.</summary>
    public const string LinkedDataWithProfile = LinkedData + "; profile=\"" + Profile + "\"";

    /// <summary>The Accept header for fetching ActivityPub objects.</summary>
    public const string Accept = Activity + ", " + LinkedDataWithProfile;

    /// <summary>
    /// True for activity+json, for ld+json whose profile lists the ActivityStreams profile (the
    /// parameter may hold several space-separated profiles), and for plain application/json,
    /// which several servers send for their documents.
    /// </summary>
    public static bool IsAcceptable(MediaTypeHeaderValue? contentType)
    {
        if (contentType?.MediaType is not { } mediaType)
        {
            return false;
        }

        if (mediaType.Equals(Activity, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return mediaType.Equals(LinkedData, StringComparison.OrdinalIgnoreCase) && HasActivityStreamsProfile(contentType);
    }

    /// <summary>True when the profile parameter of the media type names the ActivityStreams profile.</summary>
    public static bool HasActivityStreamsProfile(MediaTypeHeaderValue contentType)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        foreach (var parameter in contentType.Parameters)
        {
            if (!parameter.Name.Equals("profile", StringComparison.OrdinalIgnoreCase) || parameter.Value is null)
            {
                continue;
            }

            var profiles = parameter.Value.Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (profiles.Contains(Profile, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a <c>type</c> string such as a WebFinger link's and applies <see cref="HasActivityStreamsProfile"/>.</summary>
    public static bool IsActivityPubLinkType(string? type)
    {
        if (type is null || !MediaTypeHeaderValue.TryParse(type, out var parsed))
        {
            return false;
        }

        return parsed.MediaType!.Equals(Activity, StringComparison.OrdinalIgnoreCase)
            || (parsed.MediaType.Equals(LinkedData, StringComparison.OrdinalIgnoreCase) && HasActivityStreamsProfile(parsed));
    }
}
