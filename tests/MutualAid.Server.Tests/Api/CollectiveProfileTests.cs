using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Api;

public sealed class CollectiveProfileTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task Admins_replace_the_profile_and_everyone_reads_it()
    {
        var admin = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(admin);

        using var put = await client.PutAsJsonAsync($"/api/v1/collectives/{admin.Slug}", new
        {
            name = "Red de Apoyo Mutuo",
            summary = "Despensa, asesoría legal y tandas.",
            languages = new[] { "es", "en", "es" },
            areaServed = "Ciudad Juárez",
            website = "https://apoyo.example",
            avatarUrl = "https://apoyo.example/avatar.png",
            frontGateContact = "WhatsApp +52 656 555 0101",
        });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        using var anonymous = factory.CreateClient();
        var profile = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/collectives/{admin.Slug}"))!;
        Assert.Equal("Red de Apoyo Mutuo", profile["name"]!.GetValue<string>());
        Assert.Equal(["es", "en"], profile["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("Ciudad Juárez", profile["areaServed"]!.GetValue<string>());
        Assert.Equal("WhatsApp +52 656 555 0101", profile["frontGateContact"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_profile_is_refused_with_field_errors_and_changes_nothing()
    {
        var admin = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(admin);

        using var put = await client.PutAsJsonAsync($"/api/v1/collectives/{admin.Slug}", new
        {
            name = "",
            website = "not a url",
            languages = new[] { "english please" },
        });

        await put.AssertValidationProblemAsync("name", "website", "languages[0]");
        var profile = JsonNode.Parse(await client.GetStringAsync($"/api/v1/collectives/{admin.Slug}"))!;
        Assert.Equal($"Collective {admin.Slug}", profile["name"]!.GetValue<string>());
    }
}
