using System.Net;
using System.Text.Json.Nodes;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Api;

public sealed class DocumentationTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task The_openapi_document_describes_the_admin_api()
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();

        Assert.Contains("/api/v1/auth/token", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/auth/refresh", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/collectives/{slug}", paths.Select(p => p.Key));
        var listings = paths["/api/v1/collectives/{slug}/listings"]!.AsObject();
        Assert.Contains("get", listings.Select(p => p.Key));
        Assert.Contains("post", listings.Select(p => p.Key));
        var listing = paths["/api/v1/collectives/{slug}/listings/{id}"]!.AsObject();
        Assert.Equal(["get", "put", "delete"], listing.Select(p => p.Key).Where(k => k is "get" or "put" or "delete"));
        Assert.NotNull(document["components"]!["schemas"]!["ListingInput"]);
    }

    [Fact]
    public async Task The_home_page_and_the_api_index_answer()
    {
        await factory.CreateCollectiveWithAdminAsync("home-page-collective");
        using var client = factory.CreateClient();

        using var home = await client.GetAsync("/");
        var index = JsonNode.Parse(await client.GetStringAsync("/api/v1"))!;

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Collective home-page-collective", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("aid.test", index["domain"]!.GetValue<string>());
        Assert.Contains("home-page-collective", index["collectives"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task Unknown_routes_answer_problem_json()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/nothing-here");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
