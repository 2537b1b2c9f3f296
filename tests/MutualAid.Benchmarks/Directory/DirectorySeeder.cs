using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Geography;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Data.Sqlite;

namespace MutualAid.Benchmarks.Directory;

/// <summary>
/// Fills a database with a realistic mix: local and federated listings of every kind, in five languages,
/// around a handful of cities, with most open and some paused, closed or unlisted. Deterministic (fixed seed).
/// </summary>
internal static class DirectorySeeder
{
    private const int BatchSize = 2_000;

    private static readonly (string Place, double Latitude, double Longitude)[] Cities =
    [
        ("Pilsen, Chicago", 41.8565, -87.6614), ("Lavapiés, Madrid", 40.4085, -3.7012), ("Belleville, Paris", 48.8722, 2.3766),
        ("Kreuzberg, Berlin", 52.4986, 13.4030), ("Jabal al-Weibdeh, Amman", 31.9560, 35.9210), ("Sham Shui Po, Hong Kong", 22.3307, 114.1622),
        ("Coyoacán, Mexico City", 19.3467, -99.1617), ("Brixton, London", 51.4613, -0.1156),
    ];

    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["en"] = ["rice", "blankets", "coats", "diapers", "rent", "legal", "clinic", "bread", "tents", "insulin", "bikes", "childcare", "tutoring", "shelter", "soup", "vegetables", "bail", "strike", "water", "phones"],
        ["es"] = ["arroz", "mantas", "abrigos", "pañales", "alquiler", "abogada", "clínica", "pan", "tiendas", "insulina", "bicicletas", "cuidado", "clases", "refugio", "sopa", "verduras", "fianza", "huelga", "agua", "teléfonos"],
        ["ar"] = ["أرز", "بطانيات", "معاطف", "حفاضات", "إيجار", "محامي", "عيادة", "خبز", "خيام", "أنسولين", "دراجات", "رعاية", "دروس", "مأوى", "حساء", "خضار", "كفالة", "إضراب", "ماء", "هواتف"],
        ["fr"] = ["riz", "couvertures", "manteaux", "couches", "loyer", "avocate", "clinique", "pain", "tentes", "insuline", "vélos", "garde", "soutien", "abri", "soupe", "légumes", "caution", "grève", "eau", "téléphones"],
        ["zh"] = ["大米", "毛毯", "外套", "尿布", "房租", "法律援助", "诊所", "面包", "帐篷", "胰岛素", "自行车", "托儿", "辅导", "庇护所", "热汤", "蔬菜", "保释", "罢工", "饮用水", "手机"],
    };

    public static async Task<int> SeedAsync(string dataDirectory, int count, TextWriter log)
    {
        System.IO.Directory.CreateDirectory(dataDirectory);
        var builder = new DbContextOptionsBuilder<MutualAidDbContext>();
        SqliteStorage.Configure(builder, SqliteStorage.ConnectionStringFor(dataDirectory));
        var options = builder.Options;
        await using (var db = new MutualAidDbContext(options))
        {
            await SqliteStorage.MigrateAsync(db, CancellationToken.None);
            var existing = await db.Listings.CountAsync();
            if (existing >= count)
            {
                await log.WriteLineAsync($"Reusing {existing} listings in {dataDirectory}.");
                return existing;
            }
        }

        var random = new Random(20261127);
        var now = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
        var collectiveIds = await SeedCollectivesAsync(options, now);
        var languages = Words.Keys.ToArray();
        for (var done = 0; done < count; done += BatchSize)
        {
            await using var db = new MutualAidDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + BatchSize); i++)
            {
                db.Listings.Add(Create(i, random, languages[random.Next(languages.Length)], collectiveIds, now));
            }

            await db.SaveChangesAsync();
            if ((done / BatchSize) % 10 == 0)
            {
                await log.WriteLineAsync($"  seeded {Math.Min(count, done + BatchSize)} / {count}");
            }
        }

        return count;
    }

    private static async Task<long[]> SeedCollectivesAsync(DbContextOptions<MutualAidDbContext> options, DateTimeOffset now)
    {
        await using var db = new MutualAidDbContext(options);
        var collectives = Enumerable.Range(0, 20).Select(i => new Collective
        {
            Slug = $"collective-{i}",
            Name = $"Collective {i}",
            Summary = "Neighbours helping neighbours.",
            Languages = ["en", "es"],
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        db.Collectives.AddRange(collectives);
        await db.SaveChangesAsync();
        return collectives.Select(c => c.Id).ToArray();
    }

    private static Listing Create(int index, Random random, string language, long[] collectiveIds, DateTimeOffset now)
    {
        var words = Words[language];
        var kind = (ListingKind)(index % 6);
        var (place, latitude, longitude) = Cities[random.Next(Cities.Length)];
        var exact = new GeoPoint(latitude + ((random.NextDouble() - 0.5) * 0.2), longitude + ((random.NextDouble() - 0.5) * 0.2));
        var precision = (LocationPrecision)random.Next(3);
        var shown = PointCoarsening.Coarsen(exact, precision);
        var remote = random.Next(3) == 0 && index % 1000 != 1;
        var what = words[random.Next(words.Length)];
        var published = now.AddMinutes(-index);
        var listing = new Listing
        {
            PublicId = $"bench{index:D8}",
            CollectiveId = remote ? null : collectiveIds[index % collectiveIds.Length],
            Kind = kind,
            Title = $"{what} {words[random.Next(words.Length)]} {words[random.Next(words.Length)]}",
            Body = string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)])),
            BodyHtml = "<p>" + what + "</p>",
            Categories = [(Category)random.Next(13), (Category)random.Next(13)],
            Tags = [words[random.Next(words.Length)]],
            Language = language,
            Status = random.Next(10) switch { 0 => ListingStatus.Paused, 1 => ListingStatus.Closed, _ => ListingStatus.Open },
            Visibility = random.Next(20) == 0 ? ListingVisibility.Unlisted : ListingVisibility.Public,
            Location = new Location { PlaceName = place, ExactLatitude = exact.Latitude, ExactLongitude = exact.Longitude, Precision = precision, PublicLatitude = shown.Latitude, PublicLongitude = shown.Longitude },
            PublishedAt = published,
            UpdatedAt = published,
            Origin = remote
                ? new Origin { Kind = OriginKind.Remote, InstanceDomain = $"aid{index % 7}.example.net", ObjectIri = $"https://aid{index % 7}.example.net/o/{index}", ActorIri = $"https://aid{index % 7}.example.net/a/camp", FetchedAt = now }
                : new Origin { Kind = OriginKind.Local },
        };
        var schedule = new Schedule { Recurrence = "FREQ=WEEKLY;BYDAY=MO,WE,FR", Opens = new TimeOnly(9, 0), Closes = new TimeOnly(17, 0), TimeZone = "Europe/Madrid" };
        switch (kind)
        {
            case ListingKind.Offer: listing.Offer = new OfferDetails { What = what, QuantityAvailable = random.Next(1, 50), Unit = "units" }; break;
            case ListingKind.Need: listing.Need = new NeedDetails { What = what, QuantityNeeded = random.Next(1, 100), Unit = "units", Urgency = (Urgency)random.Next(4) }; break;
            case ListingKind.Fund: listing.Fund = new FundDetails { Purpose = FundPurpose.Rent, GoalAmount = 1000, RaisedAmount = random.Next(1000), Currency = "EUR", HowToGive = "Transfer" }; break;
            case ListingKind.Contact:
                var alwaysOpen = random.Next(2) == 0;
                listing.Contact = new ContactDetails { Phone = "+34 600 000 000", AlwaysOpen = alwaysOpen, Schedule = alwaysOpen ? null : schedule };
                break;
            case ListingKind.Service: listing.Service = new ServiceDetails { Schedule = schedule }; break;
            default: listing.SavingsCircle = new SavingsCircleDetails { LocalName = "tanda", ContributionAmount = 50, Currency = "MXN", CycleLengthDays = 7, Slots = 10, SeatsOpen = 3 }; break;
        }

        return listing;
    }
}
