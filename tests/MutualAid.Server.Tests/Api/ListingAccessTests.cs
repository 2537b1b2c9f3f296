using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MutualAid.Core.Collectives;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Api;

public sealed class ListingAccessTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task Writes_without_a_token_are_401_problems()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        var id = await CreateAsync(member);
        using var anonymous = factory.CreateClient();

        using var post = await anonymous.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", ListingSamples.Offer());
        using var put = await anonymous.PutAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings/{id}", ListingSamples.Offer());
        using var delete = await anonymous.DeleteAsync($"/api/v1/collectives/{member.Slug}/listings/{id}");
        using var profile = await anonymous.PutAsJsonAsync($"/api/v1/collectives/{member.Slug}", new { name = "Taken over" });

        await post.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await put.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await delete.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await profile.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_forged_token_is_401()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLW5vdC1yZWFs");

        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", ListingSamples.Offer());

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Members_of_another_collective_get_403_and_change_nothing()
    {
        var owner = await factory.CreateCollectiveWithAdminAsync();
        var outsider = await factory.CreateCollectiveWithAdminAsync();
        var id = await CreateAsync(owner);
        using var client = await factory.CreateClientAsAsync(outsider);

        using var post = await client.PostAsJsonAsync($"/api/v1/collectives/{owner.Slug}/listings", ListingSamples.Offer());
        var update = ListingSamples.Offer();
        update["title"] = "Hijacked";
        update["version"] = 1;
        using var put = await client.PutAsJsonAsync($"/api/v1/collectives/{owner.Slug}/listings/{id}", update);
        using var delete = await client.DeleteAsync($"/api/v1/collectives/{owner.Slug}/listings/{id}");
        using var profile = await client.PutAsJsonAsync($"/api/v1/collectives/{owner.Slug}", new { name = "Hijacked" });

        await post.AssertProblemAsync(HttpStatusCode.Forbidden);
        await put.AssertProblemAsync(HttpStatusCode.Forbidden);
        await delete.AssertProblemAsync(HttpStatusCode.Forbidden);
        await profile.AssertProblemAsync(HttpStatusCode.Forbidden);

        using var anonymous = factory.CreateClient();
        var listing = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/collectives/{owner.Slug}/listings/{id}"))!;
        Assert.Equal("Spare winter coats", listing["title"]!.GetValue<string>());
        var collective = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/collectives/{owner.Slug}"))!;
        Assert.Equal($"Collective {owner.Slug}", collective["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Editors_edit_listings_but_only_admins_edit_the_profile()
    {
        var admin = await factory.CreateCollectiveWithAdminAsync();
        var editor = await factory.AddMemberAsync(admin.Slug, MemberRole.Editor);
        using var client = await factory.CreateClientAsAsync(editor);

        using var post = await client.PostAsJsonAsync($"/api/v1/collectives/{admin.Slug}/listings", ListingSamples.Need());
        using var profile = await client.PutAsJsonAsync($"/api/v1/collectives/{admin.Slug}", new { name = "Renamed by editor" });

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        await profile.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Followers_only_listings_are_hidden_from_non_members()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        var sample = ListingSamples.Offer();
        sample["visibility"] = "followersOnly";
        var id = await CreateAsync(member, sample);
        using var anonymous = factory.CreateClient();
        using var memberClient = await factory.CreateClientAsAsync(member);

        using var hidden = await anonymous.GetAsync($"/api/v1/collectives/{member.Slug}/listings/{id}");
        var publicList = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/collectives/{member.Slug}/listings"))!;
        var memberList = JsonNode.Parse(await memberClient.GetStringAsync($"/api/v1/collectives/{member.Slug}/listings"))!;

        await hidden.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(publicList["items"]!.AsArray());
        Assert.Single(memberList["items"]!.AsArray());
    }

    private async Task<string> CreateAsync(TestMember member, JsonObject? body = null)
    {
        using var client = await factory.CreateClientAsAsync(member);
        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", body ?? ListingSamples.Offer());
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }
}
