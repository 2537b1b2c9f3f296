using System.Text;
using System.Text.Json.Nodes;
using MutualAid.ActivityPub.NodeInfo;

namespace MutualAid.ActivityPub.Tests.NodeInfo;

public sealed class NodeInfoDocumentTests
{
    private static NodeInfoDocument Ours() => new()
    {
        Software = new NodeInfoSoftware
        {
            Name = "mutualaid",
            Version = "0.1.0+abc",
            Repository = "https://code.example/mutualaid",
            Homepage = "https://mutualaid.example",
        },
        OpenRegistrations = true,
        Usage = new NodeInfoUsage
        {
            Users = new NodeInfoUsers { Total = 12, ActiveMonth = 7, ActiveHalfyear = 10 },
            LocalPosts = 345,
        },
        Metadata = new JsonObject { ["nodeName"] = "Riverside Mutual Aid" },
    };

    [Fact]
    public void Serializes_schema_2_1()
    {
        var json = Encoding.UTF8.GetString(Ours().ToUtf8Json());

        Assert.Equal(
            """{"version":"2.1","software":{"name":"mutualaid","version":"0.1.0+abc","repository":"https://code.example/mutualaid","homepage":"https://mutualaid.example"},"protocols":["activitypub"],"services":{"inbound":[],"outbound":[]},"openRegistrations":true,"usage":{"users":{"total":12,"activeMonth":7,"activeHalfyear":10},"localPosts":345},"metadata":{"nodeName":"Riverside Mutual Aid"}}""",
            json);
    }

    [Fact]
    public void The_2_0_form_drops_what_2_0_does_not_have()
    {
        var json = Encoding.UTF8.GetString(Ours().AsVersion20().ToUtf8Json());

        Assert.StartsWith("""{"version":"2.0","software":{"name":"mutualaid","version":"0.1.0+abc"},"protocols":["activitypub"]""", json, StringComparison.Ordinal);
        Assert.DoesNotContain("repository", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MutualAid")]
    [InlineData("mutual aid")]
    [InlineData("mutual_aid")]
    [InlineData("")]
    public void Refuses_to_publish_a_software_name_outside_the_schema(string name)
    {
        var document = Ours() with { Software = Ours().Software with { Name = name } };

        Assert.Throws<InvalidOperationException>(() => document.ToUtf8Json());
    }

    [Fact]
    public void Refuses_to_publish_2_0_with_2_1_fields_or_an_unknown_version()
    {
        Assert.Throws<InvalidOperationException>(() => (Ours() with { Version = "2.0" }).ToUtf8Json());
        Assert.Throws<InvalidOperationException>(() => (Ours() with { Version = "3.0" }).ToUtf8Json());
        Assert.Throws<InvalidOperationException>(() => (Ours() with { Protocols = [] }).ToUtf8Json());
    }

    [Fact]
    public void The_discovery_document_links_both_schemas_and_the_instance_actor()
    {
        var links = NodeInfoLinks.ForInstance(new Uri("https://aid.example"), new Uri("https://aid.example/actor"));

        Assert.Equal(
            """{"links":[{"rel":"http://nodeinfo.diaspora.software/ns/schema/2.1","href":"https://aid.example/nodeinfo/2.1"},{"rel":"http://nodeinfo.diaspora.software/ns/schema/2.0","href":"https://aid.example/nodeinfo/2.0"},{"rel":"https://www.w3.org/ns/activitystreams#Application","href":"https://aid.example/actor"}]}""",
            Encoding.UTF8.GetString(links.ToUtf8Json()));
    }

    [Fact]
    public void The_discovery_document_omits_the_actor_link_when_there_is_no_instance_actor()
    {
        var links = NodeInfoLinks.ForInstance(new Uri("https://aid.example:8443/"), instanceActor: null);

        Assert.Equal(["https://aid.example:8443/nodeinfo/2.1", "https://aid.example:8443/nodeinfo/2.0"], links.Links.Select(l => l.Href));
    }

    [Theory]
    [InlineData("http://nodeinfo.diaspora.software/ns/schema/2.1", "2.1")]
    [InlineData("https://nodeinfo.diaspora.software/ns/schema/2.0", "2.0")]
    [InlineData("http://nodeinfo.diaspora.software/ns/schema/2.1#", "2.1")]
    [InlineData("http://nodeinfo.diaspora.software/ns/schema/2.2/", "2.2")]
    [InlineData("http://nodeinfo.diaspora.software/ns/schema/", null)]
    [InlineData("http://nodeinfo.diaspora.software/ns/schema/x", null)]
    [InlineData("https://www.w3.org/ns/activitystreams#Application", null)]
    [InlineData(null, null)]
    public void Reads_the_schema_version_from_a_rel(string? rel, string? version)
    {
        Assert.Equal(version, NodeInfoSchema.VersionOf(rel));
    }

    [Fact]
    public void Media_type_names_the_schema_profile()
    {
        Assert.Equal("application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"", NodeInfoSchema.MediaTypeFor("2.1"));
    }
}
