using System.Text;
using MutualAid.ActivityPub.NodeInfo;

namespace MutualAid.ActivityPub.Tests.NodeInfo;

public sealed class NodeInfoReaderTests
{
    private static NodeInfoDocument Read(string json) => NodeInfoReader.ParseDocument(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Reads_a_typical_2_0_document()
    {
        var document = Read("""
            {"version":"2.0","software":{"name":"mastodon","version":"4.3.0"},"protocols":["activitypub"],
             "services":{"outbound":[],"inbound":[]},
             "usage":{"users":{"total":1200,"activeMonth":300,"activeHalfyear":700},"localPosts":98000},
             "openRegistrations":false,"metadata":{"nodeName":"Social","nodeDescription":"A place"}}
            """);

        Assert.Equal("2.0", document.Version);
        Assert.Equal("mastodon", document.Software.Name);
        Assert.Equal("4.3.0", document.Software.Version);
        Assert.Equal(["activitypub"], document.Protocols);
        Assert.Equal(1200, document.Usage.Users.Total);
        Assert.Equal(300, document.Usage.Users.ActiveMonth);
        Assert.Equal(700, document.Usage.Users.ActiveHalfyear);
        Assert.Equal(98000, document.Usage.LocalPosts);
        Assert.False(document.OpenRegistrations);
        Assert.Equal("Social", document.Metadata["nodeName"]!.GetValue<string>());
    }

    [Fact]
    public void Tolerates_extra_members_string_numbers_and_missing_counts()
    {
        var document = Read("""
            {"version":"2.1","software":{"name":"pleroma","version":"2.6","repository":"https://git.example/pleroma","extra":true},
             "protocols":["activitypub","ostatus"],
             "usage":{"users":{"total":"42"},"localPosts":12.0},
             "openRegistrations":"true","metadata":[],"somethingNew":{"a":1}}
            """);

        Assert.Equal("https://git.example/pleroma", document.Software.Repository);
        Assert.Equal(["activitypub", "ostatus"], document.Protocols);
        Assert.Equal(42, document.Usage.Users.Total);
        Assert.Null(document.Usage.Users.ActiveMonth);
        Assert.Equal(12, document.Usage.LocalPosts);
        Assert.True(document.OpenRegistrations);
        Assert.Empty(document.Metadata);
        Assert.Empty(document.Services.Inbound);
    }

    [Fact]
    public void Reads_1_x_style_protocol_objects()
    {
        var document = Read("""{"software":{"name":"friendica","version":"2024.03"},"protocols":{"inbound":["activitypub","dfrn"],"outbound":["activitypub","diaspora"]}}""");

        Assert.Equal(["activitypub", "dfrn", "diaspora"], document.Protocols);
        Assert.Null(document.Usage.Users.Total);
    }

    [Theory]
    [InlineData("""{"version":"2.1"}""")]
    [InlineData("""{"software":{"version":"1"}}""")]
    [InlineData("""{"software":"mastodon"}""")]
    [InlineData("""[]""")]
    [InlineData("""{"software":""")]
    public void Requires_a_software_name_in_a_JSON_object(string json)
    {
        var error = Assert.Throws<NodeInfoException>(() => Read(json));

        Assert.Equal(NodeInfoFailure.InvalidDocument, error.Reason);
    }

    [Fact]
    public void Reads_discovery_links_and_skips_malformed_entries()
    {
        var links = NodeInfoReader.ParseLinks(Encoding.UTF8.GetBytes("""
            {"links":[{"rel":"http://nodeinfo.diaspora.software/ns/schema/2.0","href":"https://x.example/nodeinfo/2.0"},
                      {"rel":"broken"},"nonsense",{"rel":7,"href":"https://x.example/"}]}
            """));

        var link = Assert.Single(links.Links);
        Assert.Equal("https://x.example/nodeinfo/2.0", link.Href);
    }
}
