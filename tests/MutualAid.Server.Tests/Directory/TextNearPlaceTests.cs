using System.Text.Json.Nodes;
using MutualAid.Core.Directory;
using MutualAid.Core.Geography;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>
/// Words and a place together (the path where the full-text match is an id set probed from the place index):
/// the results are exactly the listings a brute-force reading of the rules gives, in the same order, on
/// every page.
/// </summary>
public sealed class TextNearPlaceTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    // Dunedin: far from every other test's listings, so only these fall in the box.
    private static readonly GeoPoint Centre = new(-45.8788, 170.5028);
    private const double RadiusKm = 10;

    [Fact]
    public async Task Words_near_a_point_return_the_brute_force_order_on_every_page()
    {
        var seeded = Seed();
        await factory.InDatabaseAsync(async db =>
        {
            db.Listings.AddRange(seeded);
            return await db.SaveChangesAsync();
        });
        using var client = factory.CreateClient();
        var near = FormattableString.Invariant($"lat={Centre.Latitude}&lon={Centre.Longitude}&radius={RadiusKm}");

        var nearest = Expected(seeded, l => l.Title.Contains("quinoa", StringComparison.Ordinal))
            .OrderBy(l => Distance(l)).ThenByDescending(l => l.PublishedAt).Select(l => l.Title).ToList();
        Assert.True(nearest.Count > 30, "the sample should put many matches in the radius");
        Assert.Equal(nearest, await AllPagesAsync(client, $"q=quinoa&{near}&sort=nearest", pageSize: 100));
        Assert.Equal(nearest, await AllPagesAsync(client, $"q=quinoa&{near}&sort=nearest", pageSize: 7));

        var newest = Expected(seeded, l => l.Title.Contains("quinoa", StringComparison.Ordinal))
            .OrderByDescending(l => l.PublishedAt).Select(l => l.Title).ToList();
        Assert.Equal(newest, await AllPagesAsync(client, $"q=quinoa&{near}", pageSize: 9));

        // A word and an unspaced-script substring (trigram index): both must match.
        var both = Expected(seeded, l => l.Title.Contains("quinoa", StringComparison.Ordinal) && l.Title.Contains("大米饭", StringComparison.Ordinal))
            .OrderBy(l => Distance(l)).ThenByDescending(l => l.PublishedAt).Select(l => l.Title).ToList();
        Assert.NotEmpty(both);
        Assert.Equal(both, await AllPagesAsync(client, $"q=quinoa%20%E5%A4%A7%E7%B1%B3%E9%A5%AD&{near}&sort=nearest", pageSize: 5));
    }

    private static IEnumerable<Listing> Expected(List<Listing> seeded, Func<Listing, bool> matches) =>
        seeded.Where(l => l.Visibility == ListingVisibility.Public && l.Status == ListingStatus.Open && matches(l)
            && l.Location?.PublicLatitude is not null && Distance(l) <= RadiusKm);

    private static double Distance(Listing listing) =>
        Haversine.DistanceKm(Centre, new GeoPoint(listing.Location!.PublicLatitude!.Value, listing.Location.PublicLongitude!.Value));

    private static async Task<List<string>> AllPagesAsync(HttpClient client, string query, int pageSize)
    {
        var titles = new List<string>();
        string? cursor = null;
        do
        {
            var page = JsonNode.Parse(await client.GetStringAsync($"/api/v1/directory/search?{query}&limit={pageSize}" + (cursor is null ? "" : "&cursor=" + cursor)))!;
            titles.AddRange(page["items"]!.AsArray().Select(i => i!["listing"]!["title"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return titles;
    }

    private static List<Listing> Seed()
    {
        var random = new Random(20261127);
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var listings = new List<Listing>();
        for (var i = 0; i < 160; i++)
        {
            // Up to ~12 km out, so some matches fall outside the 10 km radius but inside the bounding box.
            var point = new GeoPoint(Centre.Latitude + ((random.NextDouble() - 0.5) * 0.22), Centre.Longitude + ((random.NextDouble() - 0.5) * 0.31));
            var words = (random.Next(5), random.Next(4)) switch
            {
                (0, _) => "lentils",
                (_, 0) => "quinoa 大米饭",
                _ => "quinoa",
            };
            listings.Add(new Listing
            {
                PublicId = $"dunedin-{i:D3}",
                Kind = ListingKind.Need,
                Title = $"{words} sack {i:D3}",
                Body = "Near the harbour",
                BodyHtml = "<p>Near the harbour</p>",
                Categories = [Category.Food],
                Language = "en",
                Status = random.Next(8) == 0 ? ListingStatus.Closed : ListingStatus.Open,
                Visibility = random.Next(10) == 0 ? ListingVisibility.Unlisted : ListingVisibility.Public,
                PublishedAt = start.AddMinutes(i * 7 % 160),
                UpdatedAt = start,
                Location = random.Next(12) == 0
                    ? new Location { PlaceName = "Otago", Precision = LocationPrecision.City }
                    : new Location { PlaceName = "Dunedin", Precision = LocationPrecision.Exact, ExactLatitude = point.Latitude, ExactLongitude = point.Longitude, PublicLatitude = point.Latitude, PublicLongitude = point.Longitude },
                Need = new NeedDetails { What = "Grain", QuantityNeeded = 3, Unit = "sacks", Urgency = Urgency.Medium },
                Origin = new Origin { Kind = OriginKind.Remote, InstanceDomain = "otago.test", ObjectIri = $"https://otago.test/listings/{i}", ActorIri = "https://otago.test/actors/pantry", FetchedAt = start },
            });
        }

        return listings;
    }
}
