using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MutualAid.Core.Validation;
using MutualAid.Server.Web.Localization;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>
/// Validation messages carry a code and arguments from Core: the member pages show them in the interface
/// language next to their field, and the API keeps the English text and adds the codes.
/// </summary>
public sealed class ValidationLanguageTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public void Every_coded_message_has_its_english_text_in_the_language_files()
    {
        var english = new UiLanguages().Strings("en");
        foreach (var (code, template) in ValidationMessages.English)
        {
            Assert.True(english.TryGetValue(ValidationText.KeyPrefix + code, out var text), $"en.json lacks {ValidationText.KeyPrefix}{code}");
            Assert.Equal(template, text);
        }
    }

    [Theory]
    [InlineData("es", "Ningún anuncio de aquí menciona un lugar como «Atlántida Sumergida»")]
    [InlineData("ar", "لا يذكر أي إعلان هنا مكانًا باسم «Atlántida Sumergida»")]
    [InlineData("es", "«abc» no es un número.", "&radius=abc")]
    public async Task Search_problems_are_shown_in_the_interface_language(string language, string expected, string extra = "")
    {
        using var client = WebClients.Browser(factory);
        using var response = await client.GetAsync($"/search?place=Atl%C3%A1ntida%20Sumergida{extra}&lang={language}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_arabic_form_shows_core_messages_in_arabic_next_to_their_fields()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await WebClients.SignedInAsync(factory, member);
        var form = $"/members/{member.Slug}/listings/new?kind=need&lang=ar";
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", await client.GetStringAsync(form), StringComparison.Ordinal);

        var fields = FormSamples.For("need", "").Where(f => f.Key is not ("location.latitude" or "need.unit")).ToList();
        fields.Add(new("location.latitude", "95"));
        using var response = await WebClients.PostFormAsync(client, form, $"/members/{member.Slug}/listings/new", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("هذا الحقل مطلوب.", ErrorNextTo(html, "title"));
        Assert.Equal("يجب أن تكون القيمة بين -90 و90.", ErrorNextTo(html, "location-latitude"));
        Assert.Equal("هذا الحقل مطلوب.", ErrorNextTo(html, "need-unit"));
        Assert.DoesNotContain("Required.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spanish_form_shows_form_and_core_messages_in_spanish()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await WebClients.SignedInAsync(factory, member);
        var form = $"/members/{member.Slug}/listings/new?kind=fund&lang=es";

        // Not even a number: the form's own reader answers, in Spanish.
        var fields = FormSamples.For("fund", "Fondo de renta").Where(f => f.Key is not "fund.goalAmount").ToList();
        fields.Add(new("fund.goalAmount", "mucho"));
        using var unreadable = await WebClients.PostFormAsync(client, form, $"/members/{member.Slug}/listings/new", fields);
        Assert.Equal("No es un número.", ErrorNextTo(await unreadable.Content.ReadAsStringAsync(), "fund-goalAmount"));

        // Readable but wrong: Core's message, with the typed value as its argument.
        fields = FormSamples.For("fund", "Fondo de renta").Where(f => f.Key is not "fund.currency").ToList();
        fields.Add(new("fund.currency", "xyz"));
        using var invalid = await WebClients.PostFormAsync(client, form, $"/members/{member.Slug}/listings/new", fields);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("«XYZ» no es un código de moneda ISO 4217.", WebUtility.HtmlDecode(ErrorNextTo(await invalid.Content.ReadAsStringAsync(), "fund-currency")));
    }

    [Fact]
    public async Task The_api_keeps_english_text_and_adds_codes_with_arguments()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var fund = ListingSamples.Fund();
        fund.Remove("title");
        fund["fund"]!["currency"] = "XYZ";
        using var response = await api.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", fund);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Required.", problem["errors"]!["title"]![0]!.GetValue<string>());
        Assert.Equal("required", problem["codes"]!["title"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("'XYZ' is not an ISO 4217 currency code.", problem["errors"]!["fund.currency"]![0]!.GetValue<string>());
        Assert.Equal("currencyUnknown", problem["codes"]!["fund.currency"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("XYZ", problem["codes"]!["fund.currency"]![0]!["arguments"]![0]!.GetValue<string>());
    }

    /// <summary>The message paragraph the form renders right after the field (FormFields.Error), decoded.</summary>
    private static string ErrorNextTo(string html, string fieldId)
    {
        var match = Regex.Match(html, $"<p class=\"error\" id=\"f-{Regex.Escape(fieldId)}-error\">([^<]*)</p>", RegexOptions.CultureInvariant);
        Assert.True(match.Success, $"No error next to {fieldId}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
