using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.WebFinger;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Discovery;

public sealed class DiscoveryTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task A_collective_is_found_by_webfinger_from_another_instance_and_its_actor_has_keys_and_endpoints()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");

        var webFinger = new WebFingerClient(FediverseSteps.SignedClient(a), new FederationFetchOptions(), TimeProvider.System);
        var account = await webFinger.ResolveAsync("@food-bank@b.test", CancellationToken.None);
        Assert.Equal("https://b.test/actors/food-bank", account.ActorId.AbsoluteUri);
        Assert.Equal("food-bank@b.test", (await webFinger.VerifyActorAsync(account.ActorId, "food-bank", CancellationToken.None)).ToString());

        var fetcher = new RemoteDocumentFetcher(FediverseSteps.SignedClient(a), new FederationFetchOptions(), TimeProvider.System);
        var actor = JsonNode.Parse((await fetcher.FetchAsync(account.ActorId, CancellationToken.None)).Root.GetRawText())!;
        Assert.Equal("Organization", actor["type"]!.GetValue<string>());
        Assert.Equal(member.Slug, actor["preferredUsername"]!.GetValue<string>());
        Assert.Equal("https://b.test/inbox", actor["endpoints"]!["sharedInbox"]!.GetValue<string>());
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", actor["publicKey"]!["publicKeyPem"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("z6Mk", actor["assertionMethod"]![0]!["publicKeyMultibase"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("https://b.test/@food-bank", actor["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Browsers_are_sent_to_the_profile_page_and_nodeinfo_links_the_instance_actor()
    {
        var b = _fediverse.Add("b.test");
        await b.CreateCollectiveWithAdminAsync("tenants");
        using var client = b.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(b.Base) });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/actors/tenants");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var html = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, html.StatusCode);
        Assert.Equal("https://b.test/@tenants", html.Headers.Location!.OriginalString);

        var links = JsonNode.Parse(await client.GetStringAsync("/.well-known/nodeinfo"))!["links"]!.AsArray();
        Assert.Contains(links, l => l!["rel"]!.GetValue<string>() == "https://www.w3.org/ns/activitystreams#Application"
            && l["href"]!.GetValue<string>() == "https://b.test/actors/instance_actor");
        var nodeInfo = JsonNode.Parse(await client.GetStringAsync("/nodeinfo/2.1"))!;
        Assert.Equal(1, nodeInfo["usage"]!["users"]!["total"]!.GetValue<int>());

        var context = await client.GetAsync("/ns/mutual-aid/v1.jsonld");
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Testing.RepositoryPaths.Root, "spec", "context.jsonld")), await context.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/.well-known/webfinger?resource=acct:nobody@b.test")).StatusCode);
    }

    public void Dispose() => _fediverse.Dispose();
}
