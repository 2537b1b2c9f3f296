using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Federation;
using MutualAid.Federation.Policy;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Instances;

/// <summary>
/// /directory/instances and its API twins: what a.test knows of b.test (software from NodeInfo, the collectives
/// known there), and operators adding a collective to the directory by button or by handle.
/// </summary>
public sealed class DiscoveryPageTests : IDisposable
{
    private const string InstanceActor = "https://a.test/actors/instance_actor";
    private const string Garden = "https://b.test/actors/garden";
    private readonly Fediverse _fediverse = new();

    public void Dispose() => _fediverse.Dispose();

    [Fact]
    public async Task Visitors_see_known_instances_and_collectives_and_operators_add_one_to_the_directory()
    {
        var (a, member, @operator) = await KnownFediverseAsync();

        using var visitor = InstanceSteps.Browser(a);
        var page = await visitor.GetStringAsync("/directory/instances?lang=en");
        Assert.Contains("<h2 id=\"instance-0\" dir=\"ltr\">b.test</h2>", page, StringComparison.Ordinal);
        Assert.Contains("mutualaid ", page, StringComparison.Ordinal);
        Assert.Contains("@food-bank@b.test", page, StringComparison.Ordinal);
        Assert.Contains("@garden@b.test", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://b.test/@garden\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/search?actor={Uri.EscapeDataString(Garden)}\"", page, StringComparison.Ordinal);
        Assert.Contains("In the directory", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add to directory", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"__csrf\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/follow-requests", page, StringComparison.Ordinal);

        using var memberBrowser = await InstanceSteps.SignedInAsync(a, member);
        Assert.DoesNotContain("Add to directory", await memberBrowser.GetStringAsync("/directory/instances?lang=en"), StringComparison.Ordinal);
        using (var forbidden = await InstanceSteps.PostFormAsync(memberBrowser, "/directory/instances", "/directory/instances/follow", [new("actor", Garden)]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using var browser = await InstanceSteps.SignedInAsync(a, @operator);
        var operatorPage = await browser.GetStringAsync("/directory/instances?lang=en");
        Assert.Contains($"<input type=\"hidden\" name=\"actor\" value=\"{Garden}\"><button type=\"submit\" aria-label=\"Add Collective garden to the directory\">Add to directory</button>", operatorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"https://b.test/actors/food-bank\"", operatorPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/follow-requests\">Follow requests to this server</a>", operatorPage, StringComparison.Ordinal);

        using var added = await InstanceSteps.PostFormAsync(browser, "/directory/instances", "/directory/instances/follow", [new("actor", Garden)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/directory/instances?added={Uri.EscapeDataString(Garden)}", added.Headers.Location!.OriginalString);
        await a.EventuallyAsync(
            db => db.Set<Following>().Where(f => f.LocalActorIri == InstanceActor && f.RemoteActorIri == Garden).Select(f => (FollowState?)f.State).SingleOrDefaultAsync(),
            state => state == FollowState.Accepted, "the directory following garden");
        var after = await browser.GetStringAsync(added.Headers.Location.OriginalString + "&lang=en");
        Assert.Contains($"The directory now follows {Garden}.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"Add Collective garden", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operators_add_by_handle_and_a_bad_handle_is_explained_next_to_the_field()
    {
        var (a, _, @operator) = await KnownFediverseAsync();
        using var browser = await InstanceSteps.SignedInAsync(a, @operator);

        using var bad = await InstanceSteps.PostFormAsync(browser, "/directory/instances", "/directory/instances/follow?lang=en", [new("handle", "garden at b.test")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("aria-describedby=\"handle-hint handle-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"handle-error\">Enter a handle like @food-bank@example.org", html, StringComparison.Ordinal);
        Assert.Contains("value=\"garden at b.test\"", html, StringComparison.Ordinal);

        using var local = await InstanceSteps.PostFormAsync(browser, "/directory/instances", "/directory/instances/follow?lang=es", [new("handle", "@tenants@a.test")]);
        Assert.Equal(HttpStatusCode.BadRequest, local.StatusCode);
        Assert.Contains("Ese colectivo está en este servidor", await local.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var unknown = await InstanceSteps.PostFormAsync(browser, "/directory/instances", "/directory/instances/follow?lang=en", [new("handle", "@nobody@b.test")]);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Could not find that collective", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var added = await InstanceSteps.PostFormAsync(browser, "/directory/instances", "/directory/instances/follow", [new("handle", "@garden@b.test")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await a.EventuallyAsync(db => db.Set<Following>().CountAsync(f => f.LocalActorIri == InstanceActor && f.RemoteActorIri == Garden), n => n == 1, "the directory following garden");

        var arabic = await browser.GetStringAsync("/directory/instances?lang=ar");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic, StringComparison.Ordinal);
        Assert.Contains("الخوادم المعروفة", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_instances_and_only_operators_add_follows_with_problem_answers()
    {
        var (a, member, @operator) = await KnownFediverseAsync();
        using var anonymous = a.CreateClient();
        var list = JsonNode.Parse(await anonymous.GetStringAsync("/api/v1/directory/instances"))!["instances"]!.AsArray();
        var b = Assert.Single(list);
        Assert.Equal("b.test", b!["domain"]!.GetValue<string>());
        Assert.Equal("mutualaid", b["software"]!.GetValue<string>());
        Assert.NotNull(b["lastContactAt"]);
        var collectives = b["collectives"]!.AsArray();
        Assert.Equal(["@food-bank@b.test", "@garden@b.test"], collectives.Select(c => c!["handle"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.True(collectives.Single(c => c!["handle"]!.GetValue<string>() == "@food-bank@b.test")!["inDirectory"]!.GetValue<bool>());
        Assert.False(collectives.Single(c => c!["handle"]!.GetValue<string>() == "@garden@b.test")!["inDirectory"]!.GetValue<bool>());

        using (var unauthenticated = await anonymous.PostAsJsonAsync("/api/v1/directory/follows", new { handle = "@garden@b.test" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        }

        using var memberApi = a.CreateClient();
        await memberApi.LoginAsync(member.Email, member.Password);
        using (var forbidden = await memberApi.PostAsJsonAsync("/api/v1/directory/follows", new { handle = "@garden@b.test" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType!.MediaType);
        }

        using var api = a.CreateClient();
        await api.LoginAsync(@operator.Email, @operator.Password);
        using (var invalid = await api.PostAsJsonAsync("/api/v1/directory/follows", new { handle = "not-a-handle" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType!.MediaType);
            Assert.NotNull(JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]!["handle"]);
        }

        using (var unknown = await api.PostAsJsonAsync("/api/v1/directory/follows", new { handle = "@nobody@b.test" }))
        {
            Assert.Equal(HttpStatusCode.BadGateway, unknown.StatusCode);
            Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
        }

        using (var created = await api.PostAsJsonAsync("/api/v1/directory/follows", new { handle = "@garden@b.test" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
            var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
            Assert.Equal(Garden, body["actor"]!.GetValue<string>());
            Assert.Equal("pending", body["state"]!.GetValue<string>());
        }

        await a.EventuallyAsync(db => db.Set<Following>().Where(f => f.LocalActorIri == InstanceActor && f.RemoteActorIri == Garden).Select(f => f.State).SingleAsync(),
            state => state == FollowState.Accepted, "garden's Accept");
        using (var again = await api.PostAsJsonAsync("/api/v1/directory/follows", new { actor = Garden }))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal("accepted", JsonNode.Parse(await again.Content.ReadAsStringAsync())!["state"]!.GetValue<string>());
        }

        await a.InDatabaseAsync(db =>
        {
            db.Set<DomainBlock>().Add(new DomainBlock { Domain = "c.test", CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        a.Services.GetRequiredService<DomainRules>().Invalidate();
        using (var refused = await api.PostAsJsonAsync("/api/v1/directory/follows", new { actor = "https://c.test/actors/anyone" }))
        {
            Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        }

        await a.InDatabaseAsync(db =>
        {
            db.Set<DomainBlock>().Add(new DomainBlock { Domain = "test", CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        a.Services.GetRequiredService<DomainRules>().Invalidate();
        Assert.Empty(JsonNode.Parse(await anonymous.GetStringAsync("/api/v1/directory/instances"))!["instances"]!.AsArray());

        var openApi = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!["paths"]!.AsObject();
        Assert.NotNull(openApi["/api/v1/directory/instances"]!["get"]);
        Assert.NotNull(openApi["/api/v1/directory/follows"]!["post"]);
    }

    /// <summary>
    /// a.test's collective tenants follows b.test's food-bank (so the directory follows it along); b.test's garden
    /// follows tenants (so a.test knows garden, not followed yet). a.test's watch has read b.test's NodeInfo.
    /// </summary>
    private async Task<(FediverseInstance A, TestMember Member, TestMember Operator)> KnownFediverseAsync()
    {
        var a = _fediverse.Add("a.test", settings: new Dictionary<string, string>
        {
            ["MutualAid:Federation:Operators:0"] = "operator@a.test",
        });
        var b = _fediverse.Add("b.test");
        var member = await a.CreateCollectiveWithAdminAsync("tenants");
        var @operator = await InstanceSteps.AddUserAsync(a, "operator@a.test", "tenants");
        await b.CreateCollectiveWithAdminAsync("food-bank");
        await b.CreateCollectiveWithAdminAsync("garden");
        await InstanceSteps.CollectiveFollowsAsync(a, "tenants", "https://b.test/actors/food-bank");
        await a.EventuallyAsync(db => db.Set<Following>().CountAsync(f => f.LocalActorIri == InstanceActor && f.State == FollowState.Accepted), n => n == 1, "the directory following food-bank");
        // One step at a time: two first fetches of the same remote actor at once would race on its row.
        await InstanceSteps.CollectiveFollowsAsync(b, "garden", "https://a.test/actors/tenants");
        await a.EventuallyAsync(db => db.Set<Follower>().CountAsync(f => f.RemoteActor!.Iri == Garden), n => n == 1, "garden following tenants");
        await InstanceSteps.WatchOnceAsync(a);
        return (a, member, @operator);
    }
}
