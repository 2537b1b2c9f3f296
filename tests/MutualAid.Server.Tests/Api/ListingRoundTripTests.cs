using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Listings;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Api;

public sealed class ListingRoundTripTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Theory]
    [InlineData("offer")]
    [InlineData("need")]
    [InlineData("fund")]
    [InlineData("contact")]
    [InlineData("service")]
    [InlineData("savingsCircle")]
    public async Task Every_kind_round_trips_through_the_api_and_the_database(string kind)
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var sample = ListingSamples.For(kind);

        using var created = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", sample);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var createdBody = JsonNode.Parse(await created.Content.ReadAsStringAsync())!.AsObject();
        var id = createdBody["id"]!.GetValue<string>();
        Assert.Equal($"/api/v1/collectives/{member.Slug}/listings/{id}", created.Headers.Location?.OriginalString);
        Assert.True(PublicIds.IsWellFormed(id));

        // Read it back anonymously: the public view carries every field we sent for the kind.
        using var anonymous = factory.CreateClient();
        var fetched = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/collectives/{member.Slug}/listings/{id}"))!.AsObject();
        Assert.Equal(kind, fetched["kind"]!.GetValue<string>());
        Assert.Equal(sample["title"]!.GetValue<string>(), fetched["title"]!.GetValue<string>());
        Assert.Equal(sample["language"]!.GetValue<string>(), fetched["language"]!.GetValue<string>());
        Assert.Equal(["solidarity", "winter"], fetched["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(1, fetched["version"]!.GetValue<int>());
        AssertDetailsMatch(sample[kind]!.AsObject(), fetched[kind]!.AsObject());
        foreach (var other in ListingSamples.Kinds.Where(k => k != kind))
        {
            Assert.False(fetched.ContainsKey(other), $"{other} details leaked into a {kind} listing");
        }

        // And the database holds the same thing, including the exact point the API never shows.
        var stored = await factory.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.PublicId == id));
        Assert.Equal(Enum.Parse<ListingKind>(kind, ignoreCase: true), stored.Kind);
        Assert.Equal(40.408512, stored.Location!.ExactLatitude);
        Assert.Equal(2, stored.Categories.Count);
        Assert.Contains(Category.Other, stored.Categories);
        Assert.Equal(OriginKind.Local, stored.Origin.Kind);
    }

    [Fact]
    public async Task Body_markdown_is_rendered_to_sanitized_html()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var sample = ListingSamples.Offer();
        sample["body"] = "Call **now**: [site](https://example.org) [bad](javascript:alert(1)) <img src=x onerror=alert(1)>";

        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", sample);
        var html = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["bodyHtml"]!.GetValue<string>();

        Assert.Contains("<strong>now</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        // Raw HTML is shown as text, never interpreted.
        Assert.Contains("&lt;img", html, StringComparison.Ordinal);
    }

    private static void AssertDetailsMatch(JsonObject sent, JsonObject received)
    {
        foreach (var (name, value) in sent)
        {
            Assert.True(received.ContainsKey(name), $"'{name}' missing from {received.ToJsonString()}");
            if (value is JsonObject nested)
            {
                AssertDetailsMatch(nested, received[name]!.AsObject());
            }
            else if (value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.Number)
            {
                Assert.Equal(Number(scalar), Number(received[name]!));
            }
            else if (name is "opens" or "closes")
            {
                Assert.StartsWith(value!.GetValue<string>(), received[name]!.GetValue<string>(), StringComparison.Ordinal);
            }
            else if (name == "deadline")
            {
                Assert.Equal(DateTimeOffset.Parse(value!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                    received[name]!.GetValue<DateTimeOffset>());
            }
            else
            {
                Assert.True(JsonNode.DeepEquals(value, received[name]), $"'{name}': sent {value?.ToJsonString()}, got {received[name]?.ToJsonString()}");
            }
        }
    }

    private static decimal Number(JsonNode node) =>
        decimal.Parse(node.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
}
