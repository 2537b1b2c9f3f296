using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Tests.Conversion;

/// <summary>
/// A listing's Note speaks its language (vocabulary section 7): fixed words, numbers and dates in es and ar,
/// English for a language we do not ship, and the structured data the same in every language.
/// </summary>
public partial class NoteLanguageTests
{
    private static readonly FederationUris Uris = new("b.test");

    [Fact]
    public void A_spanish_need_has_spanish_labels_numbers_and_dates()
    {
        var note = DomainToAs.Note(Need("es"), "despensa", Uris);

        Assert.Equal(["es"], note["contentMap"]!.AsObject().Select(p => p.Key));
        var content = note["content"]!.GetValue<string>();
        Assert.Equal(content, note["contentMap"]!["es"]!.GetValue<string>());
        // Letters stay letters in the HTML itself, not numeric entities.
        Assert.Contains("Fecha límite", content, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", content, StringComparison.Ordinal);
        var text = Text(content);
        Assert.Contains("Necesidad: Necesitamos pañales", text, StringComparison.Ordinal);
        Assert.Contains("Se necesita: 30,5 paquetes Pañales talla 4", text, StringComparison.Ordinal);
        Assert.Contains("Comprometido: 12,25 · Recibido: 0", text, StringComparison.Ordinal);
        Assert.Contains("Urgencia: alta", text, StringComparison.Ordinal);
        Assert.Contains("Fecha límite: 31 de enero de 2099, 18:00 UTC", text, StringComparison.Ordinal);
        Assert.Contains("Hasta: 15 de febrero de 2099", text, StringComparison.Ordinal);
        Assert.Contains("📍 Lavapiés (zona aproximada, ~1 km)", text, StringComparison.Ordinal);
        foreach (var english in new[] { "Need:", "Needed", "Pledged", "Urgency", "Deadline", "Until", "approximate" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_spanish_fund_writes_amounts_with_a_decimal_comma_and_a_spaced_percent()
    {
        var text = Text(DomainToAs.Note(Fund("es"), "inquilinas", Uris)["content"]!.GetValue<string>());
        Assert.Contains("Fondo: Caja de resistencia", text, StringComparison.Ordinal);
        Assert.Contains("Recaudado: 1200,00 de 5000,25 EUR (23 %)", text, StringComparison.Ordinal);
        Assert.Contains("Desembolsado: 600,00 EUR (Fianza de 3 vecinas)", text, StringComparison.Ordinal);
        Assert.Contains("Destino: fianzas", text, StringComparison.Ordinal);
        Assert.Contains("Cómo donar: Transferencia", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_fund_has_arabic_labels_with_isolated_amounts()
    {
        var note = DomainToAs.Note(Fund("ar"), "inquilinas", Uris);

        var content = note["contentMap"]!["ar"]!.GetValue<string>();
        Assert.Equal(note["content"]!.GetValue<string>(), content);
        var text = Text(content);
        Assert.Contains("صندوق: \u2068Caja de resistencia\u2069", text, StringComparison.Ordinal);
        // Latin digits with the Arabic decimal separator, each amount isolated so it reads in its own order;
        // Arabic words (the purpose) need no isolate.
        Assert.Contains("تم جمع: \u20681200\u066B00\u2069 من \u20685000\u066B25\u2069 \u2068EUR\u2069 (\u2068\u206823\u2069٪\u2069)", text, StringComparison.Ordinal);
        Assert.Contains("الغرض: كفالة", text, StringComparison.Ordinal);
        Assert.Contains("(منطقة تقريبية، حوالي 1 كم)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Raised", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Purpose", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_service_keeps_its_hours_left_to_right()
    {
        var listing = new Listing
        {
            PublicId = "01jcxa3m5q7t9w1y3b5d7f9h2d",
            Kind = ListingKind.Service,
            Title = "عيادة مجانية",
            Language = "ar",
            Service = new ServiceDetails
            {
                WalkInsWelcome = false,
                Schedule = new Schedule { Recurrence = "FREQ=WEEKLY;BYDAY=SA", Opens = new TimeOnly(10, 0), Closes = new TimeOnly(14, 0), TimeZone = "Europe/Madrid" },
            },
        };
        var text = Text(DomainToAs.Note(listing, "clinic", Uris)["content"]!.GetValue<string>());
        Assert.Contains("خدمة: عيادة مجانية", text, StringComparison.Ordinal);
        Assert.Contains("السبت \u206810:00–14:00\u2069 (\u2068Europe/Madrid\u2069)", text, StringComparison.Ordinal);
        Assert.Contains("بموعد مسبق", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_we_do_not_ship_reads_in_english_but_keeps_its_content_map_key()
    {
        var note = DomainToAs.Note(Fund("de"), "inquilinas", Uris);

        Assert.Equal(["de"], note["contentMap"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["de"], note["nameMap"]!.AsObject().Select(p => p.Key));
        var text = Text(note["contentMap"]!["de"]!.GetValue<string>());
        Assert.Contains("Fund: Caja de resistencia", text, StringComparison.Ordinal);
        Assert.Contains("Raised: 1200.00 of 5000.25 EUR (23%)", text, StringComparison.Ordinal);
        Assert.Contains("Purpose: bail", text, StringComparison.Ordinal);
        Assert.Contains("(approximate area, ~1 km)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regional_tag_reads_in_its_language_and_keeps_the_tag()
    {
        var note = DomainToAs.Note(Need("es-MX"), "despensa", Uris);
        Assert.Equal(["es-MX"], note["contentMap"]!.AsObject().Select(p => p.Key));
        Assert.Contains("Urgencia: alta", Text(note["content"]!.GetValue<string>()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_followable_spanish_fund_invites_to_follow_in_spanish_with_the_mention_kept()
    {
        var fund = Fund("es");
        fund.Followable = true;
        fund.ActorSlug = "caja";
        var content = DomainToAs.Note(fund, "inquilinas", Uris)["content"]!.GetValue<string>();
        Assert.Contains("<li>Sigue las novedades: <span class=\"h-card\"><a href=\"https://b.test/actors/inquilinas.caja\" class=\"u-url mention\">@<span>inquilinas.caja</span></a></span></li>", content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("ar")]
    [InlineData("de")]
    public void Only_the_text_changes_with_the_language_never_the_structured_data(string language)
    {
        foreach (var (english, other) in new[] { (Need("en"), Need(language)), (Fund("en"), Fund(language)) })
        {
            var englishNote = WithoutText(DomainToAs.Note(english, "c", Uris));
            var otherNote = WithoutText(DomainToAs.Note(other, "c", Uris));
            Assert.True(JsonNode.DeepEquals(englishNote, otherNote), $"{language}: {otherNote.ToJsonString()}");
        }

        // And our own instances read the translated Note back as the same listing.
        var note = DomainToAs.Note(Fund(language), "c", Uris);
        note["@context"] = MutualAidContext.ForObject();
        var read = AsToDomain.Listing(Expanded.Parse(note)!, Uris.Actor("c"), new RemoteHtml(), TimeProvider.System)!;
        Assert.Equal(language, read.Language);
        Assert.Equal(5000.25m, read.Fund!.GoalAmount);
        Assert.Equal(1200m, read.Fund.RaisedAmount);
        Assert.Equal(600m, read.Fund.DisbursedAmount);
        Assert.Equal(FundPurpose.Bail, read.Fund.Purpose);
    }

    /// <summary>The Note minus its reader-facing text and language keys, which are all that may differ.</summary>
    private static JsonObject WithoutText(JsonObject note)
    {
        note.Remove("content");
        note.Remove("contentMap");
        note.Remove("nameMap");
        return note;
    }

    /// <summary>What a reader sees: tags dropped, entities decoded, whitespace kept as is.</summary>
    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    private static Listing Need(string language) => new()
    {
        Id = 3,
        PublicId = "01jcx9k0d8f3h6n2p5r7s9v4zb",
        Kind = ListingKind.Need,
        Title = "Necesitamos pañales",
        Language = language,
        Categories = [Category.Childcare],
        PublishedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
        ExpiresAt = new DateTimeOffset(2099, 2, 15, 12, 0, 0, TimeSpan.Zero),
        Location = new Location { PlaceName = "Lavapiés", Precision = LocationPrecision.Neighbourhood, PublicLatitude = 40.41, PublicLongitude = -3.70 },
        Need = new NeedDetails
        {
            What = "Pañales talla 4", QuantityNeeded = 30.5m, Unit = "paquetes", Urgency = Urgency.High, QuantityPledged = 12.25m,
            Deadline = new DateTimeOffset(2099, 1, 31, 18, 0, 0, TimeSpan.Zero),
        },
    };

    private static Listing Fund(string language) => new()
    {
        Id = 7,
        PublicId = "01jcxa3m5q7t9w1y3b5d7f9h2c",
        Kind = ListingKind.Fund,
        Title = "Caja de resistencia",
        Language = language,
        Categories = [Category.Legal],
        PublishedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero),
        Location = new Location { PlaceName = "Lavapiés", Precision = LocationPrecision.Neighbourhood, PublicLatitude = 40.41, PublicLongitude = -3.70 },
        Fund = new FundDetails
        {
            Purpose = FundPurpose.Bail, GoalAmount = 5000.25m, RaisedAmount = 1200m, DisbursedAmount = 600m, LastDisbursement = "Fianza de 3 vecinas",
            Currency = "EUR", HowToGive = "Transferencia",
        },
    };
}
