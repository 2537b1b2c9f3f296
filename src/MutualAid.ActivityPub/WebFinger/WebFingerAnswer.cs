using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.WebFinger;

/// <summary>Builds the JRD this server answers for one of its own actors, in the shape Mastodon sends.</summary>
public static class WebFingerAnswer
{
    public static JrdDocument ForActor(AccountHandle account, Uri actorId, Uri profileUrl)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentNullException.ThrowIfNull(profileUrl);
        return new JrdDocument
        {
            Subject = account.AcctUri,
            Aliases = [actorId.AbsoluteUri, profileUrl.AbsoluteUri],
            Links =
            [
                new JrdLink { Rel = WebFingerRel.ProfilePage, Type = "text/html", Href = profileUrl.AbsoluteUri },
                new JrdLink { Rel = WebFingerRel.Self, Type = ActivityStreamsMediaType.Activity, Href = actorId.AbsoluteUri },
                new JrdLink { Rel = WebFingerRel.Subscribe, Template = $"https://{account.Domain}/authorize_interaction?uri={{uri}}" },
            ],
        };
    }
}
