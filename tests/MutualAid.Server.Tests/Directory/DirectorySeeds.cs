using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>Puts listings where the directory can find them: local ones through the API, remote ones as federation stores them.</summary>
internal static class DirectorySeeds
{
    public static async Task<string> PublishAsync(HttpClient client, string slug, JsonObject listing)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/collectives/{slug}/listings", listing);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!["id"]!.GetValue<string>();
    }

    public static JsonObject Offer(string title, string language = "en", string body = "", string category = "food", double? latitude = null, double? longitude = null, string place = "Lavapiés")
    {
        var offer = ListingSamples.Offer();
        offer["title"] = title;
        offer["language"] = language;
        offer["body"] = body;
        offer["categories"] = new JsonArray(category);
        offer["tags"] = new JsonArray();
        if (latitude is { } lat && longitude is { } lon)
        {
            offer["location"] = new JsonObject { ["placeName"] = place, ["latitude"] = lat, ["longitude"] = lon, ["precision"] = "neighbourhood" };
        }
        else
        {
            offer.Remove("location");
        }

        return offer;
    }

    /// <summary>A listing received from another instance, stored the way the federation inbox stores it.</summary>
    public static async Task<Listing> AddRemoteAsync(MutualAidAppFactory factory, string title, string domain, string bodyHtml = "<p>From afar</p>", ListingVisibility visibility = ListingVisibility.Public)
    {
        var id = "remote-" + Guid.NewGuid().ToString("N");
        var listing = new Listing
        {
            PublicId = id,
            Kind = ListingKind.Need,
            Title = title,
            Body = "From afar",
            BodyHtml = bodyHtml,
            Categories = [Category.Food],
            Language = "en",
            Visibility = visibility,
            PublishedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            Location = new Location { PlaceName = "Kreuzberg", PublicLatitude = 52.495, PublicLongitude = 13.405, Precision = LocationPrecision.Neighbourhood },
            Need = new NeedDetails { What = "Tents", QuantityNeeded = 10, Unit = "tents", Urgency = Urgency.High },
            Origin = new Origin
            {
                Kind = OriginKind.Remote,
                InstanceDomain = domain,
                ObjectIri = $"https://{domain}/objects/{id}",
                ActorIri = $"https://{domain}/actors/camp",
                FetchedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            },
        };
        await factory.InDatabaseAsync(async db =>
        {
            db.Listings.Add(listing);
            return await db.SaveChangesAsync();
        });
        return listing;
    }

    public static async Task<List<string>> TitlesAsync(HttpClient client, string query)
    {
        var page = JsonNode.Parse(await client.GetStringAsync("/api/v1/directory/search?" + query))!;
        return page["items"]!.AsArray().Select(item => item!["listing"]!["title"]!.GetValue<string>()).ToList();
    }
}
