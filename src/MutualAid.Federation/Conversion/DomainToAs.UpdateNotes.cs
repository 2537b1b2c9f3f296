using System.Text;
using System.Text.Json.Nodes;
using MutualAid.Core.Listings;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Wording;

namespace MutualAid.Federation.Conversion;

public static partial class DomainToAs
{
    /// <summary>
    /// A news Note by a listing actor ("raised 500.00 EUR more", "new hours"), readable in Mastodon, in the
    /// listing's language like the changes (<see cref="Publishing.ListingChanges"/>). It has no <c>listingKind</c>:
    /// it is a post about the listing, not the listing (vocabulary 4.2), so directories do not store it as one.
    /// Web addresses in the changes become links, as Mastodon would not link them itself.
    /// </summary>
    public static JsonObject UpdateNote(string id, string listingActorIri, Listing listing, string collectiveSlug, IReadOnlyList<string> changes, Addressing addressing, DateTimeOffset published, FederationUris uris)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(addressing);
        ArgumentNullException.ThrowIfNull(uris);
        var url = uris.ListingPage(collectiveSlug, listing.PublicId);
        var html = new StringBuilder();
        var wording = NoteLanguages.For(listing.Language);
        var headline = wording.Format("note.headline", ListingFacts.KindLabel(listing.Kind, wording), listing.Title);
        html.Append("<p><strong>").Append(HtmlText.Escape(headline)).Append("</strong></p><ul>");
        foreach (var change in changes)
        {
            html.Append("<li>").Append(Linked(change)).Append("</li>");
        }

        html.Append("</ul><p><a href=\"").Append(HtmlText.Escape(url)).Append("\">")
            .Append(HtmlText.Escape(url.Replace("https://", "", StringComparison.Ordinal))).Append("</a></p>");
        var content = html.ToString();
        var note = new JsonObject
        {
            ["id"] = id,
            ["type"] = "Note",
            ["attributedTo"] = listingActorIri,
        };
        addressing.WriteTo(note);
        note["published"] = Timestamp(published);
        note["url"] = url;
        note["content"] = content;
        note["contentMap"] = new JsonObject { [listing.Language] = content };
        return note;
    }

    private static string Linked(string text) => string.Join(' ', text.Split(' ').Select(LinkedWord));

    /// <summary>A web address becomes a link; the bidi isolates Arabic text puts around it stay outside the link.</summary>
    private static string LinkedWord(string word)
    {
        var address = word.Trim(BidiIsolates);
        if (!(address.StartsWith("https://", StringComparison.Ordinal) || address.StartsWith("http://", StringComparison.Ordinal)) || !Uri.IsWellFormedUriString(address, UriKind.Absolute))
        {
            return HtmlText.Escape(word);
        }

        var start = word.IndexOf(address, StringComparison.Ordinal);
        return HtmlText.Escape(word[..start])
            + $"<a href=\"{HtmlText.Escape(address)}\" rel=\"nofollow noopener\" target=\"_blank\">{HtmlText.Escape(address.Replace("https://", "", StringComparison.Ordinal))}</a>"
            + HtmlText.Escape(word[(start + address.Length)..]);
    }

    private static readonly char[] BidiIsolates = ['\u2066', '\u2067', '\u2068', '\u2069'];
}
