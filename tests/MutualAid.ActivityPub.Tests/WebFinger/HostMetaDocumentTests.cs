using MutualAid.ActivityPub.WebFinger;

namespace MutualAid.ActivityPub.Tests.WebFinger;

public sealed class HostMetaDocumentTests
{
    [Fact]
    public void Our_host_meta_points_lrdd_at_our_webfinger_endpoint()
    {
        var xml = HostMetaDocument.Create("Food.Example");

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">", xml, StringComparison.Ordinal);
        Assert.Equal("https://food.example/.well-known/webfinger?resource={uri}", HostMetaDocument.FindLrddTemplate(xml));
    }

    [Fact]
    public void Prefers_a_JRD_or_untyped_lrdd_link_over_an_XRD_one()
    {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">
              <Link rel="lrdd" type="application/xrd+xml" template="https://old.example/xrd?uri={uri}"/>
              <Link rel="lrdd" type="application/jrd+json" template="https://old.example/jrd?uri={uri}"/>
            </XRD>
            """;

        Assert.Equal("https://old.example/jrd?uri={uri}", HostMetaDocument.FindLrddTemplate(xml));
    }

    [Fact]
    public void Falls_back_to_any_lrdd_link()
    {
        var xml = """<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"><Link rel="lrdd" type="application/xrd+xml" template="https://old.example/xrd?uri={uri}"/></XRD>""";

        Assert.Equal("https://old.example/xrd?uri={uri}", HostMetaDocument.FindLrddTemplate(xml));
    }

    [Fact]
    public void A_host_meta_without_lrdd_has_no_template()
    {
        var xml = """<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"><Link rel="author" href="https://old.example/me"/></XRD>""";

        Assert.Null(HostMetaDocument.FindLrddTemplate(xml));
    }

    [Fact]
    public void Refuses_documents_with_a_DTD_so_entities_cannot_expand()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE XRD [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"><Link rel="lrdd" template="https://x.example/?r={uri}&b;"/></XRD>
            """;

        var error = Assert.Throws<WebFingerException>(() => HostMetaDocument.FindLrddTemplate(xml));

        Assert.Equal(WebFingerFailure.NoLrddTemplate, error.Reason);
    }

    [Fact]
    public void Malformed_xml_is_a_typed_failure()
    {
        Assert.Throws<WebFingerException>(() => HostMetaDocument.FindLrddTemplate("<XRD><Link"));
    }
}
