using MutualAid.Core.Directory;
using MutualAid.Core.Geography;
using MutualAid.Core.Listings.Details;

namespace MutualAid.Server.Tests.Directory;

public sealed class DirectoryUnitTests
{
    [Fact]
    public void Words_become_quoted_prefix_terms_and_unspaced_scripts_become_substrings()
    {
        var query = FullTextQuery.Parse("  pan\"de  OR 法律援助テスト ");
        Assert.Equal("\"pan\"\"de\"* \"OR\"*", query.WordMatch);
        Assert.Equal(["法律援助テスト"], query.Substrings);

        var mixed = FullTextQuery.Parse("abogado法律");
        Assert.Equal("\"abogado\"*", mixed.WordMatch);
        Assert.Equal(["法律"], mixed.Substrings);
        Assert.True(FullTextQuery.Parse(" \"*() ").IsEmpty);
    }

    [Fact]
    public void Category_labels_in_any_language_also_match_the_category_column()
    {
        Assert.Equal("(\"Vivienda\"* OR Categories : \"housing\")", FullTextQuery.Parse("Vivienda").WordMatch);
        Assert.Equal("(\"educacion\"* OR Categories : \"education\")", FullTextQuery.Parse("educacion").WordMatch);
        Assert.Equal("\"bread\"*", FullTextQuery.Parse("bread").WordMatch);
    }

    [Fact]
    public void Haversine_distance_and_bounding_box_agree_with_known_distances()
    {
        var madrid = new GeoPoint(40.4168, -3.7038);
        var barcelona = new GeoPoint(41.3874, 2.1686);
        Assert.InRange(Haversine.DistanceKm(madrid, barcelona), 500, 510);
        Assert.Equal(0, Haversine.DistanceKm(madrid, madrid), 6);

        var (minLat, maxLat, minLon, maxLon) = Haversine.BoundingBox(madrid, 10);
        Assert.InRange(Haversine.DistanceKm(madrid, new GeoPoint(maxLat, madrid.Longitude)), 9.99, 10.01);
        Assert.InRange(Haversine.DistanceKm(madrid, new GeoPoint(madrid.Latitude, maxLon)), 10, 10.2);
        Assert.True(minLat < madrid.Latitude && minLon < madrid.Longitude);
    }

    [Fact]
    public void Opening_hours_follow_the_rule_the_zone_and_overnight_windows()
    {
        var published = new DateOnly(2026, 11, 1);
        var tuesdayMorningUtc = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var madridTuesday = new Schedule { Recurrence = "FREQ=WEEKLY;BYDAY=TU", Opens = new TimeOnly(10, 30), Closes = new TimeOnly(12, 0), TimeZone = "Europe/Madrid" };
        Assert.True(OpeningHours.IsOpen(madridTuesday, published, tuesdayMorningUtc));
        Assert.False(OpeningHours.IsOpen(madridTuesday, published, tuesdayMorningUtc.AddHours(1)));
        Assert.False(OpeningHours.IsOpen(madridTuesday, published, tuesdayMorningUtc.AddDays(1)));

        var nightShelter = new Schedule { Recurrence = "FREQ=DAILY", Opens = new TimeOnly(20, 0), Closes = new TimeOnly(6, 0), TimeZone = "America/Chicago" };
        Assert.True(OpeningHours.IsOpen(nightShelter, published, tuesdayMorningUtc));
        Assert.False(OpeningHours.IsOpen(nightShelter, published, tuesdayMorningUtc.AddHours(4)));

        // A rule anchored on a day it does not produce must not open on that day (RFC 5545 counts DTSTART).
        var wednesdays = new Schedule { Recurrence = "FREQ=WEEKLY;BYDAY=WE", Opens = new TimeOnly(0, 0), Closes = new TimeOnly(23, 0), TimeZone = "Etc/UTC" };
        Assert.False(OpeningHours.IsOpen(wednesdays, new DateOnly(2026, 12, 1), tuesdayMorningUtc));
        Assert.True(OpeningHours.IsOpen(wednesdays, new DateOnly(2026, 12, 1), tuesdayMorningUtc.AddDays(1)));

        Assert.True(OpeningHours.IsOpen(madridTuesday, published, tuesdayMorningUtc.AddDays(7)));
        Assert.False(OpeningHours.IsOpen(new Schedule { Recurrence = "FREQ=DAILY", Opens = new TimeOnly(0, 0), Closes = new TimeOnly(23, 0), TimeZone = "Not/AZone" }, published, tuesdayMorningUtc));
    }
}
