using System.Xml;
using System.Xml.Linq;

namespace MutualAid.ActivityPub.WebFinger;

/// <summary>
/// The XRD served at <c>/.well-known/host-meta</c> (RFC 6415). Old software finds WebFinger through
/// its lrdd template, and we fall back to it when a server has no <c>/.well-known/webfinger</c>.
/// </summary>
public static class HostMetaDocument
{
    public const string MediaType = "application/xrd+xml";
    public const string Path = "/.well-known/host-meta";

    private static readonly XNamespace Xrd = "http://docs.oasis-open.org/ns/xri/xrd-1.0";

    /// <summary>The XRD for our own domain, pointing lrdd at our WebFinger endpoint.</summary>
    public static string Create(string domain, string scheme = "https")
    {
        var host = DomainName.Normalize(domain);
        var document = new XDocument(
            new XDeclaration("1.0", "UTF-8", standalone: null),
            new XElement(
                Xrd + "XRD",
                new XElement(
                    Xrd + "Link",
                    new XAttribute("rel", WebFingerRel.Lrdd),
                    new XAttribute("template", $"{scheme}://{host}/.well-known/webfinger?resource={{uri}}"))));
        using var writer = new Utf8StringWriter();
        document.Save(writer, SaveOptions.None);
        return writer.ToString();
    }

    /// <summary>
    /// The lrdd template of a host-meta XRD: a JRD-typed or untyped link first, else any lrdd link.
    /// Returns null when there is none. DTDs are refused so the document cannot expand entities or reach out.
    /// </summary>
    /// <exception cref="WebFingerException">The XML is malformed.</exception>
    public static string? FindLrddTemplate(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new WebFingerException(WebFingerFailure.NoLrddTemplate, $"host-meta is not well-formed XML: {ex.Message}", ex);
        }

        var lrdd = document.Descendants()
            .Where(e => e.Name.LocalName == "Link" && (string?)e.Attribute("rel") == WebFingerRel.Lrdd && e.Attribute("template") is not null)
            .ToList();
        var preferred = lrdd.FirstOrDefault(e => (string?)e.Attribute("type") is null or JrdDocument.MediaType) ?? lrdd.FirstOrDefault();
        return (string?)preferred?.Attribute("template");
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
