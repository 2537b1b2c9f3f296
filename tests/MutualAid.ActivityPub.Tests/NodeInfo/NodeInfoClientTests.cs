using Microsoft.Extensions.Time.Testing;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.NodeInfo;
using MutualAid.ActivityPub.Tests.Fetching;

namespace MutualAid.ActivityPub.Tests.NodeInfo;

public sealed class NodeInfoClientTests
{
    private const string Discovery = "https://peer.example/.well-known/nodeinfo";
    private const string Document21 = """{"version":"2.1","software":{"name":"mutualaid","version":"1.0"},"protocols":["activitypub"],"usage":{"users":{"total":3}},"openRegistrations":true,"metadata":{}}""";
    private const string Document20 = """{"version":"2.0","software":{"name":"mutualaid","version":"0.9"},"protocols":["activitypub"],"usage":{"users":{"total":2}},"openRegistrations":false,"metadata":{}}""";

    private readonly StubRemoteServer _remote = new();

    private NodeInfoClient Client() => new(_remote.CreateClient(), new FederationFetchOptions(), new FakeTimeProvider());

    [Fact]
    public async Task Prefers_2_1_and_reads_the_instance_actor_link()
    {
        _remote
            .OnJson(Discovery, """
                {"links":[{"rel":"http://nodeinfo.diaspora.software/ns/schema/2.0","href":"https://peer.example/nodeinfo/2.0"},
                          {"rel":"http://nodeinfo.diaspora.software/ns/schema/2.1","href":"https://peer.example/nodeinfo/2.1"},
                          {"rel":"https://www.w3.org/ns/activitystreams#Application","href":"https://peer.example/actor"}]}
                """, "application/json")
            .OnJson("https://peer.example/nodeinfo/2.1", Document21, "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"")
            .OnJson("https://peer.example/nodeinfo/2.0", Document20, "application/json");

        var info = await Client().FetchAsync("Peer.Example", CancellationToken.None);

        Assert.Equal("2.1", info.SchemaVersion);
        Assert.Equal("https://peer.example/nodeinfo/2.1", info.DocumentUri.AbsoluteUri);
        Assert.Equal("1.0", info.Document.Software.Version);
        Assert.True(info.Document.OpenRegistrations);
        Assert.Equal("https://peer.example/actor", info.InstanceActor!.AbsoluteUri);
        Assert.Equal(2, _remote.Requests.Count);
    }

    [Fact]
    public async Task Reads_2_0_when_that_is_all_there_is_even_with_a_relative_href_and_https_rel()
    {
        _remote
            .OnJson(Discovery, """{"links":[{"rel":"https://nodeinfo.diaspora.software/ns/schema/2.0","href":"/nodeinfo/2.0.json"}]}""", "application/json")
            .OnJson("https://peer.example/nodeinfo/2.0.json", Document20, "application/json");

        var info = await Client().FetchAsync("peer.example", CancellationToken.None);

        Assert.Equal("2.0", info.SchemaVersion);
        Assert.Equal(2, info.Document.Usage.Users.Total);
        Assert.Null(info.InstanceActor);
    }

    [Fact]
    public async Task An_instance_linking_no_2_x_schema_is_a_typed_failure()
    {
        _remote.OnJson(Discovery, """{"links":[{"rel":"http://nodeinfo.diaspora.software/ns/schema/1.0","href":"https://peer.example/nodeinfo/1.0"}]}""", "application/json");

        var error = await Assert.ThrowsAsync<NodeInfoException>(() => Client().FetchAsync("peer.example", CancellationToken.None));

        Assert.Equal(NodeInfoFailure.NoSupportedSchema, error.Reason);
    }

    [Fact]
    public async Task A_missing_discovery_document_is_a_fetch_failure()
    {
        var error = await Assert.ThrowsAsync<RemoteFetchException>(() => Client().FetchAsync("peer.example", CancellationToken.None));

        Assert.True(error.IsNotFound);
    }

    [Fact]
    public async Task A_document_href_on_a_private_address_is_refused()
    {
        _remote.OnJson(Discovery, """{"links":[{"rel":"http://nodeinfo.diaspora.software/ns/schema/2.1","href":"https://192.168.1.10/nodeinfo/2.1"}]}""", "application/json");

        var error = await Assert.ThrowsAsync<RemoteFetchException>(() => Client().FetchAsync("peer.example", CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.BlockedAddress, error.Reason);
        Assert.Single(_remote.Requests);
    }
}
