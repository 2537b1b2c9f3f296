using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Federation.Conversion;
using MutualAid.Server.Web.Html;
using MutualAid.Server.Web.Pages;

namespace MutualAid.Server.Web.Feeds;

/// <summary>Writes Atom 1.0 feeds (RFC 4287): a page of directory results, one entry per listing, or one followable listing's updates.</summary>
public static partial class AtomFeed
{
    public const string MediaType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const int TitleLength = 80;

    public static string Write(
        string baseUrl, string selfPath, string alternatePath, string title, IReadOnlyList<DirectoryEntry> items, DateTimeOffset now, RemoteHtml sanitizer, Hidden? hidden = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(sanitizer);
        var updated = items.Count == 0 ? now : items.Max(i => i.Listing.UpdatedAt);
        return Feed(baseUrl, selfPath, alternatePath, title, updated, xml =>
        {
            if (hidden is not null)
            {
                xml.WriteElementString("subtitle", Atom, hidden.Text);
                xml.WriteStartElement("link", Atom);
                xml.WriteAttributeString("rel", "related");
                xml.WriteAttributeString("href", baseUrl + hidden.Path);
                xml.WriteAttributeString("type", "application/atom+xml");
                xml.WriteAttributeString("title", hidden.Text);
                xml.WriteEndElement();
            }

            foreach (var entry in items)
            {
                WriteEntry(xml, baseUrl, entry, sanitizer);
            }
        });
    }

    /// <summary>
    /// A followable listing's feed: its actor's update Notes, newest first, then the listing itself (its first
    /// publication, and what it says now). Note content is sanitized like any remote HTML.
    /// </summary>
    public static string WriteListingUpdates(string baseUrl, string selfPath, string title, DirectoryEntry listing, IReadOnlyList<ListingUpdate> updates, RemoteHtml sanitizer)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(sanitizer);
        var updated = updates.Select(u => u.Updated).Append(listing.Listing.UpdatedAt).Max();
        var page = baseUrl + ListingLinks.Page(listing.Listing);
        return Feed(baseUrl, selfPath, ListingLinks.Page(listing.Listing), title, updated, xml =>
        {
            foreach (var update in updates)
            {
                WriteUpdate(xml, update, listing, page, sanitizer);
            }

            WriteEntry(xml, baseUrl, listing, sanitizer);
        });
    }

    /// <summary>What a search feed left out (listings of instances gone quiet) and the feed that includes them.</summary>
    public sealed record Hidden(string Text, string Path);

    private static string Feed(string baseUrl, string selfPath, string alternatePath, string title, DateTimeOffset updated, Action<XmlWriter> entries)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = false, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, baseUrl + selfPath);
            xml.WriteElementString("title", Atom, title);
            xml.WriteElementString("updated", Atom, Timestamp(updated));
            Link(xml, "self", baseUrl + selfPath, "application/atom+xml");
            Link(xml, "alternate", baseUrl + alternatePath, "text/html");
            xml.WriteStartElement("generator", Atom);
            xml.WriteString("mutualaid");
            xml.WriteEndElement();
            entries(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringBuilder output claims UTF-16 in the declaration; the response is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void WriteUpdate(XmlWriter xml, ListingUpdate update, DirectoryEntry listing, string page, RemoteHtml sanitizer)
    {
        var content = sanitizer.Sanitize(update.ContentHtml).ToString();
        xml.WriteStartElement("entry", Atom);
        xml.WriteAttributeString("xml", "lang", null, update.Language ?? listing.Listing.Language);
        xml.WriteElementString("id", Atom, update.Id);
        xml.WriteElementString("title", Atom, EntryTitle(update.Summary, content, listing.Listing.Title));
        xml.WriteElementString("published", Atom, Timestamp(update.Published));
        xml.WriteElementString("updated", Atom, Timestamp(update.Updated));
        Link(xml, "alternate", SafeLinks.Web(update.Url) ?? page, "text/html");
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, listing.Listing.Title);
        xml.WriteElementString("uri", Atom, page);
        xml.WriteEndElement();
        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(content);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Atom entries need a title and Notes have none: the summary, else the start of the text.</summary>
    private static string EntryTitle(string? summary, string sanitizedHtml, string fallback)
    {
        if (!string.IsNullOrWhiteSpace(summary))
        {
            return summary.Trim();
        }

        var text = WebUtility.HtmlDecode(MarkupTag().Replace(sanitizedHtml, " "));
        text = Whitespace().Replace(text, " ").Trim();
        if (text.Length == 0)
        {
            return fallback;
        }

        return text.Length <= TitleLength ? text : text[..TitleLength].TrimEnd() + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex MarkupTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static void WriteEntry(XmlWriter xml, string baseUrl, DirectoryEntry entry, RemoteHtml sanitizer)
    {
        var listing = entry.Listing;
        var url = entry.IsRemote && SafeLinks.Web(entry.RemoteObject) is { } remote ? remote : baseUrl + ListingLinks.Page(listing);
        xml.WriteStartElement("entry", Atom);
        xml.WriteAttributeString("xml", "lang", null, listing.Language);
        xml.WriteElementString("id", Atom, url);
        xml.WriteElementString("title", Atom, listing.Title);
        xml.WriteElementString("published", Atom, Timestamp(listing.PublishedAt));
        xml.WriteElementString("updated", Atom, Timestamp(listing.UpdatedAt));
        Link(xml, "alternate", baseUrl + ListingLinks.Page(listing), "text/html");
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, entry.CollectiveName ?? FollowTarget.ActorName(entry.RemoteActor, entry.InstanceDomain));
        if (!entry.IsRemote && listing.Collective is { } slug)
        {
            xml.WriteElementString("uri", Atom, baseUrl + ListingLinks.Collective(slug));
        }

        xml.WriteEndElement();
        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", listing.Kind.ToString().ToLowerInvariant());
        xml.WriteAttributeString("scheme", baseUrl + "/search?kind=");
        xml.WriteEndElement();
        foreach (var category in listing.Categories)
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", ListingDetails.CategoryParam(category));
            xml.WriteAttributeString("label", CategoryVocabulary.Label(category, listing.Language));
            xml.WriteEndElement();
        }

        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(entry.IsRemote ? sanitizer.Sanitize(listing.BodyHtml) : listing.BodyHtml);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
