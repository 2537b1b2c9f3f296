using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Api;

public sealed class ListingValidationTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    public static TheoryData<string, string, string?, string> InvalidDetails => new()
    {
        // kind, JSON pointer-ish path to change, new value (JSON, null to remove), expected error field
        { "offer", "offer.quantityAvailable", "-1", "offer.quantityAvailable" },
        { "offer", "offer.what", null, "offer.what" },
        { "need", "need.quantityNeeded", null, "need.quantityNeeded" },
        { "need", "need.deadline", "\"2001-01-01T00:00:00Z\"", "need.deadline" },
        { "fund", "fund.currency", "\"XXY\"", "fund.currency" },
        { "fund", "fund.goalAmount", "0", "fund.goalAmount" },
        { "fund", "fund.giveElsewhereUrl", "\"ftp://example.org\"", "fund.giveElsewhereUrl" },
        { "contact", "contact.schedule.timeZone", "\"Mars/Olympus_Mons\"", "contact.schedule.timeZone" },
        { "contact", "contact.email", "\"not-an-email\"", "contact.email" },
        { "contact", "contact.schedule", null, "contact.schedule" },
        { "service", "service.schedule.recurrence", "\"FREQ=FORTNIGHTLY\"", "service.schedule.recurrence" },
        { "service", "service.schedule.opens", "\"25:00\"", "service.schedule.opens" },
        { "savingsCircle", "savingsCircle.seatsOpen", "11", "savingsCircle.seatsOpen" },
        { "savingsCircle", "savingsCircle.slots", "1", "savingsCircle.slots" },
        { "savingsCircle", "savingsCircle.payoutOrder", null, "savingsCircle.payoutOrder" },
    };

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public async Task Invalid_kind_details_are_refused_with_the_field_and_nothing_is_stored(string kind, string path, string? value, string field)
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var sample = ListingSamples.For(kind);
        Set(sample, path, value);

        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", sample);

        await response.AssertValidationProblemAsync(field);
        Assert.Equal(0, await CountListingsAsync(member.Slug));
    }

    [Fact]
    public async Task Every_common_field_error_is_reported_at_once()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var sample = ListingSamples.Offer();
        sample.Remove("title");
        sample["categories"] = new JsonArray();
        sample["language"] = "not a language";
        sample["tags"] = new JsonArray("ok", "no spaces allowed");
        sample["location"]!["latitude"] = 123.0;
        sample["followable"] = true;
        sample["need"] = ListingSamples.Need()["need"]!.DeepClone();

        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", sample);

        await response.AssertValidationProblemAsync("title", "categories", "language", "tags[1]", "location.latitude", "followable", "need");
    }

    [Fact]
    public async Task Unknown_properties_are_refused()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var sample = ListingSamples.Offer();
        sample["colour"] = "red";

        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", sample);

        var errors = await response.AssertValidationProblemAsync();
        Assert.Contains(errors.EnumerateObject(), e => e.Value.ToString().Contains("Unknown property", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_types_name_the_field()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var sample = ListingSamples.Fund();
        sample["fund"]!["goalAmount"] = "a lot";

        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", sample);

        await response.AssertValidationProblemAsync("fund.goalAmount");
    }

    [Fact]
    public async Task Unknown_enum_values_are_refused()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var sample = ListingSamples.Offer();
        sample["kind"] = "barter";

        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", sample);

        await response.AssertValidationProblemAsync("kind");
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_not_a_crash()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        using var content = new StringContent("{\"kind\": \"offer\", \"title\": ", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync($"/api/v1/collectives/{member.Slug}/listings", content);

        await response.AssertValidationProblemAsync();
        Assert.Equal(0, await CountListingsAsync(member.Slug));
    }

    [Fact]
    public async Task A_missing_body_is_a_400_problem()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        using var content = new StringContent("", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync($"/api/v1/collectives/{member.Slug}/listings", content);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        using var content = new StringContent("kind=offer&title=Coats", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync($"/api/v1/collectives/{member.Slug}/listings", content);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Bad_query_parameters_are_field_errors()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/v1/collectives/{member.Slug}/listings?kind=barter&limit=1000&cursor=zzz");

        await response.AssertValidationProblemAsync("kind", "limit", "cursor");
    }

    [Fact]
    public async Task Unknown_collectives_are_404_problems()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/collectives/nobody-here/listings");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private Task<int> CountListingsAsync(string slug) =>
        factory.InDatabaseAsync(db => db.Listings.CountAsync(l => l.Collective!.Slug == slug));

    private static void Set(JsonObject root, string path, string? json)
    {
        var segments = path.Split('.');
        var parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = parent[segment]!.AsObject();
        }

        if (json is null)
        {
            parent.Remove(segments[^1]);
        }
        else
        {
            parent[segments[^1]] = JsonNode.Parse(json);
        }
    }
}
