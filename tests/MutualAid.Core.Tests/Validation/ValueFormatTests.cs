using MutualAid.Core.Validation;

namespace MutualAid.Core.Tests.Validation;

public sealed class ValueFormatTests
{
    [Theory]
    [InlineData("en", true)]
    [InlineData("es-MX", true)]
    [InlineData("ar", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("es-419", true)]
    [InlineData("english", false)]
    [InlineData("e", false)]
    [InlineData("en_US", false)]
    [InlineData("", false)]
    public void Language_tags_follow_bcp_47(string tag, bool valid) => Assert.Equal(valid, LanguageTags.IsWellFormed(tag));

    [Theory]
    [InlineData("USD", true)]
    [InlineData("MXN", true)]
    [InlineData("EGP", true)]
    [InlineData("ZAR", true)]
    [InlineData("usd", false)]
    [InlineData("XXY", false)]
    [InlineData("EURO", false)]
    public void Currencies_are_active_iso_4217_codes(string code, bool known) => Assert.Equal(known, Currencies.IsKnown(code));

    [Theory]
    [InlineData("America/Mexico_City", true)]
    [InlineData("Africa/Johannesburg", true)]
    [InlineData("Europe/Madrid", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("Pacific Standard Time", false)]
    [InlineData("", false)]
    public void Time_zones_must_be_iana_ids(string id, bool valid) => Assert.Equal(valid, TimeZones.IsIanaId(id));

    [Theory]
    [InlineData("eastside-food-bank", true)]
    [InlineData("ab", true)]
    [InlineData("Eastside", false)]
    [InlineData("-leading", false)]
    [InlineData("double--dash", false)]
    [InlineData("a", false)]
    public void Slugs_are_lower_case_words_joined_by_dashes(string slug, bool valid) => Assert.Equal(valid, Slugs.IsValid(slug));

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("ES", "es")]
    [InlineData(" ar_EG ", "ar")]
    [InlineData("zh-Hant-TW", "zh")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void The_primary_subtag_is_the_language_alone(string? tag, string primary) => Assert.Equal(primary, LanguageTags.Primary(tag));
}
