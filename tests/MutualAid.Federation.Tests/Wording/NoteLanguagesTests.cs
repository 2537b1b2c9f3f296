using System.Globalization;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Wording;

namespace MutualAid.Federation.Tests.Wording;

/// <summary>The federation wording catalogue: complete in every shipped language, English for the rest.</summary>
public class NoteLanguagesTests
{
    public static TheoryData<string> Languages => new(NoteLanguages.Supported);

    [Fact]
    public void Every_language_words_every_key_and_keeps_format_placeholders()
    {
        var english = NoteLanguages.Strings("en");
        Assert.NotEmpty(english);
        foreach (var language in NoteLanguages.Supported)
        {
            var strings = NoteLanguages.Strings(language);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), strings.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in english)
            {
                Assert.False(string.IsNullOrWhiteSpace(strings[key]), $"{language}:{key} is empty");
                for (var i = 0; i < 4; i++)
                {
                    var placeholder = "{" + i + "}";
                    Assert.True(text.Contains(placeholder, StringComparison.Ordinal) == strings[key].Contains(placeholder, StringComparison.Ordinal), $"{language}:{key} placeholder {placeholder}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Date_patterns_are_valid_and_write_the_year(string language)
    {
        var wording = NoteLanguages.For(language);
        var at = new DateTimeOffset(2099, 1, 31, 18, 0, 0, TimeSpan.Zero);
        Assert.Contains("2099", wording.Date(at), StringComparison.Ordinal);
        Assert.Contains("18:00", wording.DateTime(at), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "es")]
    [InlineData("es-MX", "es")]
    [InlineData("AR", "ar")]
    [InlineData("en-GB", "en")]
    [InlineData("de", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void A_listing_language_reads_in_its_shipped_language_or_english(string? listingLanguage, string expected)
    {
        var wording = NoteLanguages.For(listingLanguage);
        Assert.Equal(expected, wording.Language);
        Assert.Equal(CultureInfo.GetCultureInfo(expected), wording.Culture);
    }

    [Fact]
    public void Numbers_follow_the_language_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de");
        try
        {
            Assert.Equal("1,200.50 EUR", NoteLanguages.For("en").Money(1200.5m, "EUR"));
            Assert.Equal("1.200,50 EUR", NoteLanguages.For("es").Money(1200.5m, "EUR"));
            // Latin digits with Arabic separators, as the web pages write Arabic amounts.
            Assert.Equal("1\u066C200\u066B50 EUR", NoteLanguages.For("ar").Money(1200.5m, "EUR"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Arabic_isolates_each_value_so_amounts_and_hours_keep_their_order()
    {
        var arabic = NoteLanguages.For("ar");
        Assert.True(arabic.IsRightToLeft);
        Assert.Equal("حتى: \u20682099-01-31\u2069", arabic.Format("listing.until", "2099-01-31"));
        Assert.Equal("Until: 2099-01-31", NoteLanguages.For("en").Format("listing.until", "2099-01-31"));
    }

    [Theory]
    [InlineData("en", "Mon, Tue 17:00–21:00 (Europe/Madrid)")]
    [InlineData("es", "lun, mar 17:00–21:00 (Europe/Madrid)")]
    [InlineData("ar", "الاثنين، الثلاثاء \u206817:00–21:00\u2069 (\u2068Europe/Madrid\u2069)")]
    [InlineData("de", "Mon, Tue 17:00–21:00 (Europe/Madrid)")]
    public void Opening_hours_name_the_days_in_the_language(string language, string expected)
    {
        var schedule = new Schedule { Recurrence = "FREQ=WEEKLY;BYDAY=MO,TU", Opens = new TimeOnly(17, 0), Closes = new TimeOnly(21, 0), TimeZone = "Europe/Madrid" };
        Assert.Equal(expected, ListingFacts.Hours(schedule, NoteLanguages.For(language)));
    }

    [Fact]
    public void Html_templates_encode_the_words_but_not_the_markup_they_are_given()
    {
        var spanish = NoteLanguages.For("es");
        Assert.Equal("Sigue las novedades: <a href=\"x\">@y</a>", spanish.FormatHtml("note.follow", "<a href=\"x\">@y</a>"));
        var arabic = NoteLanguages.For("ar");
        Assert.Equal("تابِع المستجدات: \u2068<b>x</b>\u2069", arabic.FormatHtml("note.follow", "<b>x</b>"));
    }
}
