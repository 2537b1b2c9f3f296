using System.Text;
using System.Xml;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Federation.Conversion;
using MutualAid.Server.Web.Html;
using MutualAid.Server.Web.Pages;

namespace MutualAid.Server.Web.Feeds;

/// <summary>Writes a page of directory results as an Atom 1.0 feed (RFC 4287), one entry per listing.</summary>
public static class AtomFeed
{
    public const string MediaType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(string baseUrl, string selfPath, string alternatePath, string title, IReadOnlyList<DirectoryEntry> items, DateTimeOffset now, RemoteHtml sanitizer)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(sanitizer);
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = false, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, baseUrl + selfPath);
            xml.WriteElementString("title", Atom, title);
            xml.WriteElementString("updated", Atom, Timestamp(items.Count == 0 ? now : items.Max(i => i.Listing.UpdatedAt)));
            Link(xml, "self", baseUrl + selfPath, "application/atom+xml");
            Link(xml, "alternate", baseUrl + alternatePath, "text/html");
            xml.WriteStartElement("generator", Atom);
            xml.WriteString("mutualaid");
            xml.WriteEndElement();
            foreach (var entry in items)
            {
                WriteEntry(xml, baseUrl, entry, sanitizer);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringBuilder output claims UTF-16 in the declaration; the response is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

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
