using MutualAid.Server.Web.Localization;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>Interface language: Accept-Language, the switch (remembered in a cookie), right-to-left Arabic, complete translations.</summary>
public sealed class LanguageTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task Accept_language_picks_the_best_supported_language()
    {
        using var client = WebClients.Browser(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { { "Accept-Language", "de-DE, es-MX;q=0.8, en;q=0.5" } } };
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"es\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Buscar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switch_sets_arabic_right_to_left_and_is_remembered()
    {
        using var client = WebClients.Browser(factory);
        var arabic = await client.GetStringAsync("/about?lang=ar");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic, StringComparison.Ordinal);
        Assert.Contains("حول", arabic, StringComparison.Ordinal);

        var next = await client.GetStringAsync("/search");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", next, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?lang=en\"", next, StringComparison.Ordinal);

        var english = await client.GetStringAsync("/search?q=x&lang=en");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=x&amp;lang=es\"", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_text_keeps_its_own_language_inside_any_interface_language()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var id = await Directory.DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Fund());

        using var client = WebClients.Browser(factory);
        var html = await client.GetStringAsync($"/@{member.Slug}/listings/{id}?lang=es");
        Assert.Contains("<html lang=\"es\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1 lang=\"ar\" dir=\"auto\">صندوق الإيجار</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Fondo para la renta", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task Pages_format_amounts_in_the_interface_language(string language)
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var id = await Directory.DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Fund());

        using var client = WebClients.Browser(factory);
        var html = await client.GetStringAsync($"/@{member.Slug}/listings/{id}?lang={language}");
        var goal = 5000.25m.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo(language));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(goal), html, StringComparison.Ordinal);
        if (language != "en")
        {
            Assert.DoesNotContain("5,000.25", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_language_translates_every_key_and_keeps_format_placeholders()
    {
        var languages = new UiLanguages();
        var english = languages.Strings("en");
        foreach (var language in UiLanguages.Supported)
        {
            var strings = languages.Strings(language);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), strings.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in english)
            {
                for (var i = 0; i < 4; i++)
                {
                    var placeholder = "{" + i + "}";
                    Assert.True(text.Contains(placeholder, StringComparison.Ordinal) == strings[key].Contains(placeholder, StringComparison.Ordinal), $"{language}:{key} placeholder {placeholder}");
                }
            }
        }
    }
}
