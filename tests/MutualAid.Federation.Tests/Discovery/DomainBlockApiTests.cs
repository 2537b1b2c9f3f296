using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Accounts;
using MutualAid.Core.Collectives;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Discovery;

public sealed class DomainBlockApiTests : IDisposable
{
    private const string OperatorEmail = "operator@b.test";
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task Only_operators_edit_blocks_and_a_block_refuses_the_domain_and_its_subdomains_until_lifted()
    {
        var a = _fediverse.Add("social.a.test");
        var b = _fediverse.Add("b.test", settings: new Dictionary<string, string> { ["MutualAid:Federation:Operators:0"] = OperatorEmail });
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await using (var scope = b.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(OperatorEmail, MutualAidAppFactory.Password, "food-bank", MemberRole.Admin, CancellationToken.None);
        }

        using var anonymous = b.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/admin/federation/domain-blocks")).StatusCode);
        using var collectiveAdmin = await FediverseSteps.LoggedInAsync(b, member);
        Assert.Equal(HttpStatusCode.Forbidden, (await collectiveAdmin.PostAsJsonAsync("/api/v1/admin/federation/domain-blocks", new { domain = "a.test" })).StatusCode);

        using var operatorClient = b.CreateClient();
        await operatorClient.LoginAsync(OperatorEmail, MutualAidAppFactory.Password);
        using (var invalid = await operatorClient.PostAsJsonAsync("/api/v1/admin/federation/domain-blocks", new { domain = "not a host", reason = "typo" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType!.MediaType);
            Assert.Contains("A host name such as spam.example.", JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]!["domain"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Created, (await operatorClient.PostAsJsonAsync("/api/v1/admin/federation/domain-blocks", new { domain = "A.test", reason = "spam" })).StatusCode);
        var blocks = JsonNode.Parse(await operatorClient.GetStringAsync("/api/v1/admin/federation/domain-blocks"))!.AsArray();
        Assert.Equal("a.test", Assert.Single(blocks)!["domain"]!.GetValue<string>());

        var follow = new JsonObject
        {
            ["@context"] = "https://www.w3.org/ns/activitystreams",
            ["id"] = "https://social.a.test/activities/1",
            ["type"] = "Follow",
            ["actor"] = "https://social.a.test/actors/instance_actor",
            ["object"] = "https://b.test/actors/food-bank",
        };
        using (var refused = await FediverseSteps.SignedClient(a).PostAsync("https://b.test/inbox", ListingFederationTests.Json(follow)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await operatorClient.DeleteAsync("/api/v1/admin/federation/domain-blocks/a.test")).StatusCode);
        using var accepted = await FediverseSteps.SignedClient(a).PostAsync("https://b.test/inbox", ListingFederationTests.Json(follow));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    [Fact]
    public async Task In_allowlist_mode_only_listed_domains_federate()
    {
        var a = _fediverse.Add("a.test");
        var c = _fediverse.Add("c.test");
        var b = _fediverse.Add("b.test", settings: new Dictionary<string, string>
        {
            ["MutualAid:FederationMode"] = "Allowlist",
            ["MutualAid:Federation:AllowedDomains:0"] = "a.test",
        });
        await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        var follow = new JsonObject
        {
            ["@context"] = "https://www.w3.org/ns/activitystreams",
            ["id"] = "https://c.test/activities/1",
            ["type"] = "Follow",
            ["actor"] = "https://c.test/actors/instance_actor",
            ["object"] = "https://b.test/actors/food-bank",
        };
        using var refused = await FediverseSteps.SignedClient(c).PostAsync("https://b.test/inbox", ListingFederationTests.Json(follow));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    public void Dispose() => _fediverse.Dispose();
}
