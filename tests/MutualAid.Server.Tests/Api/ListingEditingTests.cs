using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Listings;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Api;

public sealed class ListingEditingTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task An_edit_based_on_the_current_version_is_saved_and_bumps_the_version()
    {
        var (client, member, id) = await CreateListingAsync();
        var update = ListingSamples.Offer();
        update["title"] = "Spare winter coats and scarves";
        update["version"] = 1;

        using var response = await client.PutAsJsonAsync(Url(member, id), update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(2, body["version"]!.GetValue<int>());
        Assert.Equal("Spare winter coats and scarves", body["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_editors_on_the_same_version_the_second_gets_409_and_does_not_overwrite()
    {
        var (client, member, id) = await CreateListingAsync();
        var first = ListingSamples.Offer();
        first["title"] = "First editor's title";
        var second = ListingSamples.Offer();
        second["title"] = "Second editor's title";

        using var firstRequest = new HttpRequestMessage(HttpMethod.Put, Url(member, id)) { Content = JsonContent.Create(first) };
        firstRequest.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var firstResponse = await client.SendAsync(firstRequest);
        using var secondRequest = new HttpRequestMessage(HttpMethod.Put, Url(member, id)) { Content = JsonContent.Create(second) };
        secondRequest.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var secondResponse = await client.SendAsync(secondRequest);

        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        var problem = await secondResponse.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        var stored = JsonNode.Parse(await client.GetStringAsync(Url(member, id)))!;
        Assert.Equal("First editor's title", stored["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_edit_without_a_version_is_refused()
    {
        var (client, member, id) = await CreateListingAsync();

        using var response = await client.PutAsJsonAsync(Url(member, id), ListingSamples.Offer());

        await response.AssertValidationProblemAsync("version");
    }

    [Fact]
    public async Task The_kind_of_a_listing_cannot_change()
    {
        var (client, member, id) = await CreateListingAsync();
        var update = ListingSamples.Need();
        update["version"] = 1;

        using var response = await client.PutAsJsonAsync(Url(member, id), update);

        await response.AssertValidationProblemAsync("kind");
    }

    [Fact]
    public async Task An_invalid_edit_changes_nothing()
    {
        var (client, member, id) = await CreateListingAsync();
        var update = ListingSamples.Offer();
        update["title"] = "";
        update["version"] = 1;

        using var response = await client.PutAsJsonAsync(Url(member, id), update);

        await response.AssertValidationProblemAsync("title");
        var stored = JsonNode.Parse(await client.GetStringAsync(Url(member, id)))!;
        Assert.Equal(1, stored["version"]!.GetValue<int>());
        Assert.Equal("Spare winter coats", stored["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deleting_leaves_a_tombstone_and_the_listing_answers_410()
    {
        var (client, member, id) = await CreateListingAsync();

        using var delete = await client.DeleteAsync(Url(member, id));
        using var get = await client.GetAsync(Url(member, id));
        using var deleteAgain = await client.DeleteAsync(Url(member, id));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await get.AssertProblemAsync(HttpStatusCode.Gone);
        await deleteAgain.AssertProblemAsync(HttpStatusCode.Gone);
        var tombstone = await factory.InDatabaseAsync(db => db.ListingTombstones.AsNoTracking().SingleAsync(t => t.PublicId == id));
        Assert.Equal(ListingKind.Offer, tombstone.FormerKind);
        Assert.Equal(OriginKind.Local, tombstone.Origin.Kind);
        Assert.False(await factory.InDatabaseAsync(db => db.Listings.AnyAsync(l => l.PublicId == id)));
    }

    private static string Url(TestMember member, string id) => $"/api/v1/collectives/{member.Slug}/listings/{id}";

    private async Task<(HttpClient Client, TestMember Member, string Id)> CreateListingAsync()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        var client = await factory.CreateClientAsAsync(member);
        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", ListingSamples.Offer());
        response.EnsureSuccessStatusCode();
        return (client, member, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
    }
}
