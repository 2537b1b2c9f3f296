using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Inbox;

/// <summary>
/// A listing Note built to attack readers (script, event handlers, javascript: links, style, frames) goes
/// through the inbox handlers into the directory. Nothing of it may come out of the JSON search API, for
/// new rows (sanitized on ingest) and for rows stored before ingest was this strict (sanitized in the view).
/// </summary>
public sealed class HostileNoteTests : IDisposable
{
    private const string Hostile =
        "<p style=\"position:fixed;top:0\" onclick=\"steal()\">Hola <script>alert(1)</script><img src=x onerror=\"alert(2)\">"
        + "<a href=\"javascript:alert(3)\">clic</a> <a href=\"https://ok.example/ayuda\" style=\"color:red\" target=\"_top\">ayuda</a></p>"
        + "<style>body{display:none}</style><iframe src=\"https://evil.example/\"></iframe><svg onload=\"alert(4)\"></svg>"
        + "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">datos</a><form action=\"https://evil.example/\"><input name=\"p\"></form>";

    private static readonly string[] Forbidden = ["<script", "onerror", "onclick", "onload", "javascript:", "style", "<img", "<iframe", "<svg", "data:text", "<form", "<input", "target="];

    private readonly Fediverse _fediverse = new();

    public void Dispose() => _fediverse.Dispose();

    [Fact]
    public async Task Nothing_hostile_from_a_remote_note_reaches_the_search_api()
    {
        var b = _fediverse.Add("b.test");
        await FediverseSteps.ReceiveAuthenticatedAsync(b, HostileContact());
        var stored = await b.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.Origin.ObjectIri == "https://r.test/listings/hostile"));
        AssertClean(stored.BodyHtml);
        Assert.Null(stored.Contact!.Url);
        Assert.DoesNotContain('<', stored.Title);

        // A row stored before ingest sanitized as strictly: the API view cleans it anyway.
        await b.InDatabaseAsync(async db =>
        {
            db.Listings.Add(OldHostileRow());
            return await db.SaveChangesAsync();
        });

        using var reader = b.CreateClient();
        var page = JsonNode.Parse(await reader.GetStringAsync("/api/v1/directory/search?origin=remote&limit=100"))!;
        var items = page["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        foreach (var item in items)
        {
            foreach (var text in Strings(item!))
            {
                AssertClean(text);
            }

            var html = item!["listing"]!["bodyHtml"]!.GetValue<string>();
            // The harmless parts survive, with links that carry no authority.
            Assert.Contains("Hola", html, StringComparison.Ordinal);
            Assert.Contains("href=\"https://ok.example/ayuda\"", html, StringComparison.Ordinal);
            Assert.Contains("rel=\"nofollow noopener noreferrer ugc\"", html, StringComparison.Ordinal);
        }

        var old = items.Single(i => i!["listing"]!["kind"]!.GetValue<string>() == "fund")!;
        Assert.Null(old["listing"]!["fund"]!["giveElsewhereUrl"]);
        Assert.Equal("Old fund", old["listing"]!["title"]!.GetValue<string>());
    }

    private static void AssertClean(string text)
    {
        foreach (var bad in Forbidden)
        {
            Assert.DoesNotContain(bad, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static IEnumerable<string> Strings(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Strings(p.Value)),
        JsonArray a => a.SelectMany(v => v is null ? [] : Strings(v)),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static JsonObject HostileContact()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "spec", "examples", "create-contact.json")).Replace("https://apoyo.example", "https://r.test", StringComparison.Ordinal);
        var activity = JsonNode.Parse(text)!.AsObject();
        activity["id"] = "https://r.test/activities/hostile";
        var note = activity["object"]!.AsObject();
        note["id"] = "https://r.test/listings/hostile";
        note["name"] = "Línea <script>alert(5)</script><b onmouseover=\"alert(6)\">legal</b>";
        note["nameMap"] = new JsonObject { ["es"] = note["name"]!.GetValue<string>() };
        note["content"] = Hostile;
        note["contentMap"] = new JsonObject { ["es"] = Hostile };
        note["contactPoint"]!["url"] = "javascript:alert(7)";
        return activity;
    }

    private static Listing OldHostileRow()
    {
        var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        return new Listing
        {
            PublicId = "old-hostile-fund",
            Kind = ListingKind.Fund,
            Title = "Old fund",
            Body = "Old fund",
            BodyHtml = Hostile,
            Categories = [Category.Housing],
            Language = "es",
            Visibility = ListingVisibility.Public,
            PublishedAt = at,
            UpdatedAt = at,
            Fund = new FundDetails { Purpose = FundPurpose.Rent, GoalAmount = 100, Currency = "EUR", FullyFunded = true, GiveElsewhereUrl = "javascript:alert(8)", HowToGive = "Transfer" },
            Origin = new Origin { Kind = OriginKind.Remote, InstanceDomain = "old.test", ObjectIri = "https://old.test/listings/1", ActorIri = "https://old.test/actors/camp", FetchedAt = at },
        };
    }
}
