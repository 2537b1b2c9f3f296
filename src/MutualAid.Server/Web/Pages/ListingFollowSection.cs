using System.Globalization;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Server.Web.Localization;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>What a followable listing's page offers for following it, here or on another server.</summary>
/// <param name="Handle">The actor's handle without the leading '@' (<c>collective.fund@domain</c>); null when a remote actor's handle is unknown.</param>
/// <param name="FollowUri">What the visitor's server is asked to follow: the handle, or the actor IRI.</param>
/// <param name="Followers">Accepted followers, or null when a remote server does not say.</param>
/// <param name="FollowAction">The GET endpoint that sends the visitor to their server.</param>
/// <param name="FeedUrl">The listing's Atom feed (local listings only).</param>
/// <param name="Server">What the visitor typed, after a refused server name.</param>
/// <param name="Error">Why it was refused.</param>
public sealed record ListingFollow(string? Handle, string FollowUri, int? Followers, string FollowAction, string? FeedUrl, string? Server = null, string? Error = null);

/// <summary>
/// "Follow this fund / this line / this service": the handle (also in a read-only field, easy to select and
/// copy on a phone), the follower count, the same remote-follow form as a collective's profile, and the feed.
/// </summary>
public static class ListingFollowSection
{
    /// <summary>Only funds, contacts and services become actors of their own.</summary>
    public static bool IsFollowableKind(ListingKind kind) => kind is ListingKind.Fund or ListingKind.Contact or ListingKind.Service;

    public static H Render(ListingKind kind, ListingFollow follow, string publisherName, UiText t)
    {
        ArgumentNullException.ThrowIfNull(follow);
        ArgumentNullException.ThrowIfNull(t);
        if (!IsFollowableKind(kind))
        {
            return H.Empty;
        }

        var name = kind.ToString().ToLowerInvariant();
        var shown = follow.Handle is { } handle ? "@" + handle : follow.FollowUri;
        var copy = follow.Handle is null ? H.Empty : H.Of($"""
            <div class="field"><label for="listing-handle">{t["listingFollow.handle"]}</label>
            <input id="listing-handle" class="handle-copy" type="text" readonly dir="ltr" spellcheck="false" value="{shown}"></div>
            """);
        var followers = follow.Followers is { } count
            ? H.Of($"<p class=\"followers\">{t.Format("listingFollow.followers", count.ToString("N0", CultureInfo.CurrentCulture))}</p>")
            : H.Empty;
        var feed = follow.FeedUrl is { } url ? H.Of($" · <a href=\"{url}\">{t["listingFollow.feed"]}</a>") : H.Empty;
        return H.Of($"""
            <section aria-labelledby="listing-follow-h" class="follow listing-follow">
            <h2 id="listing-follow-h">{t["listingFollow.title." + name]}</h2>
            <p>{t.Format("listingFollow.why." + name, publisherName)}</p>
            <p class="handle" dir="ltr">{shown}</p>
            {copy}
            {followers}
            {FollowForm.Render(follow.FollowAction, LeftToRight(shown), follow.Server, follow.Error, t, feed)}
            </section>
            """);
    }

    /// <summary>The handle and follower count on a search result card, for followable listings.</summary>
    public static H Card(string? handle, int? followers, UiText t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (handle is null)
        {
            return H.Empty;
        }

        var text = followers is { } count
            ? t.Format("listingFollow.card", LeftToRight("@" + handle), count.ToString("N0", CultureInfo.CurrentCulture))
            : t.Format("listingFollow.cardNoCount", LeftToRight("@" + handle));
        return H.Of($"<p class=\"follow-handle\">{text}</p>");
    }

    /// <summary>
    /// A collective's followable listings in one short list (title, handle, followers), so whoever follows one of
    /// them, or the collective, finds the others; empty when it has none.
    /// </summary>
    public static H Group(IEnumerable<DirectoryEntry> entries, UiText t)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(t);
        var items = entries.Where(e => e.Followable && e.ActorHandle is not null).Select(e => H.Of($"""
            <li><a href="{ListingLinks.Page(e.Listing)}" lang="{e.Listing.Language}" dir="auto">{e.Listing.Title}</a>
            <span class="handle" dir="ltr">@{e.ActorHandle}</span>{(e.ActorFollowers is { } count ? H.Of($" · {t.Format("listingFollow.count", count.ToString("N0", CultureInfo.CurrentCulture))}") : H.Empty)}</li>
            """)).ToList();
        return items.Count == 0
            ? H.Empty
            : H.Of($"<section aria-labelledby=\"followable-h\"><h2 id=\"followable-h\">{t["listingFollow.group"]}</h2><ul class=\"list\">{items}</ul></section>");
    }

    /// <summary>Isolated left-to-right, so "@collective.fund@domain" keeps its order inside Arabic text.</summary>
    public static string LeftToRight(string text) => "\u2066" + text + "\u2069";
}
