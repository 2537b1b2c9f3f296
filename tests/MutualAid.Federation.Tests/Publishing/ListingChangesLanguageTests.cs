using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Publishing;

namespace MutualAid.Federation.Tests.Publishing;

/// <summary>A fund, contact or service's news reaches its followers in the listing's language.</summary>
public class ListingChangesLanguageTests
{
    [Fact]
    public void A_spanish_fund_tells_its_followers_in_spanish_with_spanish_amounts()
    {
        var fund = Fund("es", raised: 1200m);
        var before = ListingSnapshot.Of(fund);
        fund.Fund!.RaisedAmount = 2500m;
        Assert.Equal(["Recaudado: 2.500,00 EUR de 5.000,25 EUR (49 %) (1.300,00 EUR más)."], ListingChanges.Describe(before, fund));

        before = ListingSnapshot.Of(fund);
        fund.Fund.RaisedAmount = 5100m;
        fund.Fund.DisbursedAmount = 1000m;
        fund.Fund.LastDisbursement = "Fianza de 3 vecinas detenidas el 12 de noviembre";
        Assert.Equal(
        [
            "🎉 Meta alcanzada: 5.100,00 EUR de 5.000,25 EUR (101 %) (2.600,00 EUR más). ¡Gracias!",
            "💸 1.000,00 EUR desembolsados: Fianza de 3 vecinas detenidas el 12 de noviembre",
        ], ListingChanges.Describe(before, fund));

        before = ListingSnapshot.Of(fund);
        fund.Fund.FullyFunded = true;
        fund.Fund.GiveElsewhereUrl = "https://sur.example/fianzas";
        Assert.Equal(["✅ Meta cubierta: por favor, dona en otro lugar: https://sur.example/fianzas"], ListingChanges.Describe(before, fund));
    }

    [Fact]
    public void An_arabic_fund_tells_its_followers_in_arabic_with_isolated_amounts()
    {
        var fund = Fund("ar", raised: 1200m);
        var before = ListingSnapshot.Of(fund);
        fund.Fund!.RaisedAmount = 2500m;
        fund.Fund.DisbursedAmount = 600m;
        Assert.Equal(
        [
            "تم جمع: \u20682\u066C500\u066B00 EUR\u2069 من \u20685\u066C000\u066B25 EUR\u2069 (\u2068\u206849\u2069٪\u2069) (\u20681\u066C300\u066B00 EUR\u2069 إضافية).",
            "💸 تم صرف \u2068600\u066B00 EUR\u2069.",
        ], ListingChanges.Describe(before, fund));
    }

    [Fact]
    public void An_arabic_news_note_links_the_address_outside_the_isolates()
    {
        var uris = new FederationUris("b.test");
        var fund = Fund("ar", raised: 5000.25m);
        var before = ListingSnapshot.Of(fund);
        fund.Fund!.FullyFunded = true;
        fund.Fund.GiveElsewhereUrl = "https://sur.example/bail";
        var changes = ListingChanges.Describe(before, fund);

        var note = DomainToAs.UpdateNote("https://b.test/notes/1", uris.Actor("c.bail"), fund, "c", changes, new Addressing([uris.Followers("c.bail")], []), DateTimeOffset.UnixEpoch, uris);
        var content = note["contentMap"]!["ar"]!.GetValue<string>();
        Assert.Equal(note["content"]!.GetValue<string>(), content);
        Assert.StartsWith("<p><strong>صندوق: \u2068Bail\u2069</strong></p>", content, StringComparison.Ordinal);
        Assert.Contains("يرجى التبرع في مكان آخر: \u2068<a href=\"https://sur.example/bail\" rel=\"nofollow noopener\" target=\"_blank\">sur.example/bail</a>\u2069</li>", content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spanish_contact_names_new_hours_in_spanish_days()
    {
        var contact = new Listing
        {
            PublicId = "x",
            Kind = ListingKind.Contact,
            Title = "Línea legal",
            Language = "es",
            Contact = new ContactDetails
            {
                Phone = "+34 600 000 001",
                Schedule = new Schedule { Recurrence = "FREQ=WEEKLY;BYDAY=MO,TU", Opens = new TimeOnly(17, 0), Closes = new TimeOnly(21, 0), TimeZone = "Europe/Madrid" },
            },
        };
        var before = ListingSnapshot.Of(contact);
        contact.Status = ListingStatus.Paused;
        contact.Contact = new ContactDetails { AlwaysOpen = true };
        Assert.Equal(
        [
            "⏸ Cerrado temporalmente (en pausa) hasta nuevo aviso.",
            "Ya no hay teléfono (era +34 600 000 001).",
            "Nuevo horario: 24 horas, 7 días (antes lun, mar 17:00–21:00 (Europe/Madrid)).",
        ], ListingChanges.Describe(before, contact));
    }

    [Fact]
    public void A_language_we_do_not_ship_gets_the_english_news()
    {
        var fund = Fund("de", raised: 1200m);
        var before = ListingSnapshot.Of(fund);
        fund.Fund!.RaisedAmount = 2500m;
        Assert.Equal(["Raised: 2,500.00 EUR of 5,000.25 EUR (49%) (1,300.00 EUR more)."], ListingChanges.Describe(before, fund));
    }

    private static Listing Fund(string language, decimal raised) => new()
    {
        PublicId = "x",
        Kind = ListingKind.Fund,
        Title = "Bail",
        Language = language,
        Fund = new FundDetails { GoalAmount = 5000.25m, RaisedAmount = raised, Currency = "EUR", HowToGive = "Cash" },
    };
}
