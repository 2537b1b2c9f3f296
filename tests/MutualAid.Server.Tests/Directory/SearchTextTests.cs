using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>Full text in every language: diacritics, prefixes, category labels, scripts without spaces, index upkeep.</summary>
public sealed class SearchTextTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task Diacritics_and_case_do_not_matter_and_words_match_by_prefix()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer("Café solidario en Lavapiés", "es"));
        var scope = $"&collective={member.Slug}";

        Assert.Equal(["Café solidario en Lavapiés"], await DirectorySeeds.TitlesAsync(client, "q=CAFE" + scope));
        Assert.Equal(["Café solidario en Lavapiés"], await DirectorySeeds.TitlesAsync(client, "q=solidar" + scope));
        Assert.Equal(["Café solidario en Lavapiés"], await DirectorySeeds.TitlesAsync(client, "q=lavapies%20cafe" + scope));
        Assert.Empty(await DirectorySeeds.TitlesAsync(client, "q=cafe%20bicicleta" + scope));
    }

    [Fact]
    public async Task A_category_label_in_any_language_finds_listings_of_that_category()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer("Spare room for the weekend", category: "housing"));
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer("Soup on Sundays", category: "food"));
        var scope = $"&collective={member.Slug}";

        Assert.Equal(["Spare room for the weekend"], await DirectorySeeds.TitlesAsync(client, "q=vivienda" + scope));
        Assert.Equal(["Spare room for the weekend"], await DirectorySeeds.TitlesAsync(client, "q=%D8%B3%D9%83%D9%86" + scope)); // سكن
        Assert.Equal(["Soup on Sundays"], await DirectorySeeds.TitlesAsync(client, "q=alimentos" + scope));
    }

    [Fact]
    public async Task Arabic_chinese_and_thai_text_is_found()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer("بطانيات شتوية للعائلات", "ar"));
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer("免费法律援助热线", "zh"));
        await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer("แจกข้าวสารฟรีทุกวันเสาร์", "th"));
        var scope = $"&collective={member.Slug}";

        Assert.Equal(["بطانيات شتوية للعائلات"], await DirectorySeeds.TitlesAsync(client, "q=" + Uri.EscapeDataString("بطانيات") + scope));
        // Three or more characters use the trigram index; one or two fall back to a substring scan.
        Assert.Equal(["免费法律援助热线"], await DirectorySeeds.TitlesAsync(client, "q=" + Uri.EscapeDataString("法律援助") + scope));
        Assert.Equal(["免费法律援助热线"], await DirectorySeeds.TitlesAsync(client, "q=" + Uri.EscapeDataString("法律") + scope));
        Assert.Equal(["แจกข้าวสารฟรีทุกวันเสาร์"], await DirectorySeeds.TitlesAsync(client, "q=" + Uri.EscapeDataString("ข้าวสาร") + scope));
        Assert.Empty(await DirectorySeeds.TitlesAsync(client, "q=" + Uri.EscapeDataString("医疗") + scope));
    }

    [Fact]
    public async Task Tags_and_body_are_searched_and_query_syntax_is_taken_literally()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var offer = DirectorySeeds.Offer("Bike lending", body: "Cargo bikes for *deliveries* to elders");
        offer["tags"] = new JsonArray("cargobike");
        await DirectorySeeds.PublishAsync(client, member.Slug, offer);
        var scope = $"&collective={member.Slug}";

        Assert.Equal(["Bike lending"], await DirectorySeeds.TitlesAsync(client, "q=cargobike" + scope));
        Assert.Equal(["Bike lending"], await DirectorySeeds.TitlesAsync(client, "q=elders" + scope));
        // FTS5 operators typed by a person are words, not syntax (and never a 500).
        Assert.Empty(await DirectorySeeds.TitlesAsync(client, "q=" + Uri.EscapeDataString("bike NOT \"elders OR (") + scope));
        Assert.Equal(["Bike lending"], await DirectorySeeds.TitlesAsync(client, "q=" + Uri.EscapeDataString("\"bike\" *elders*") + scope));
    }

    [Fact]
    public async Task The_index_follows_edits_and_deletions()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var id = await DirectorySeeds.PublishAsync(client, member.Slug, DirectorySeeds.Offer("Walnut bread"));
        var scope = $"&collective={member.Slug}";
        Assert.Equal(["Walnut bread"], await DirectorySeeds.TitlesAsync(client, "q=walnut" + scope));

        var edited = DirectorySeeds.Offer("Rye bread");
        edited["version"] = 1;
        (await client.PutAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings/{id}", edited)).EnsureSuccessStatusCode();
        Assert.Empty(await DirectorySeeds.TitlesAsync(client, "q=walnut" + scope));
        Assert.Equal(["Rye bread"], await DirectorySeeds.TitlesAsync(client, "q=rye" + scope));

        (await client.DeleteAsync($"/api/v1/collectives/{member.Slug}/listings/{id}")).EnsureSuccessStatusCode();
        Assert.Empty(await DirectorySeeds.TitlesAsync(client, "q=rye" + scope));
    }
}
