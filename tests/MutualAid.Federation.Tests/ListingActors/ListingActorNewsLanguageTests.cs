using System.Text.Json.Nodes;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.ListingActors;

/// <summary>An Arabic fund's followers on another server read its Note, its news and its profile in Arabic.</summary>
public sealed class ListingActorNewsLanguageTests : IDisposable
{
    private const string FundActor = "https://b.test/actors/tenants.ijar";
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task An_arabic_fund_federates_its_note_news_and_profile_in_arabic()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("tenants");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var body = ListingSamples.Fund();
        body["actorSlug"] = "ijar";
        var id = await FediverseSteps.CreateListingAsync(client, "tenants", body);
        await ListingActorSteps.FollowHandleAsync(a, "@tenants.ijar@b.test", FundActor);

        using var reader = ListingActorSteps.ActivityPubClient(b);
        var note = JsonNode.Parse(await reader.GetStringAsync($"/listings/{id}"))!;
        var noteContent = note["contentMap"]!["ar"]!.GetValue<string>();
        Assert.Contains("<p><strong>صندوق: صندوق الإيجار</strong></p>", noteContent, StringComparison.Ordinal);
        Assert.Contains("الغرض: إيجار", noteContent, StringComparison.Ordinal);
        Assert.Contains("تابِع المستجدات: \u2068<span class=\"h-card\">", noteContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Raised", noteContent, StringComparison.Ordinal);

        await ListingActorSteps.EditAsync(client, "tenants", id, body, 1, f => f["fund"]!["raisedAmount"] = 2500);
        var news = await a.EventuallyAsync(_ => ListingActorSteps.ReceivedAsync(a, FundActor, "Create"), n => n.Count == 1, "the raised-amount news");
        var newsNote = JsonNode.Parse(news[0])!["object"]!;
        Assert.Equal(["ar"], newsNote["contentMap"]!.AsObject().Select(p => p.Key));
        Assert.Contains("تم جمع: \u20682\u066C500\u066B00 EUR\u2069 من \u20685\u066C000\u066B25 EUR\u2069", ListingActorSteps.NoteText(news[0]), StringComparison.Ordinal);

        var profile = await a.EventuallyAsync(_ => ListingActorSteps.ReceivedAsync(a, FundActor, "Update"), n => n.Count == 1, "the Update of the fund actor");
        var fields = JsonNode.Parse(profile[0])!["object"]!["attachment"]!.AsArray().Select(f => f!["name"]!.GetValue<string>());
        Assert.Equal(["الهدف", "تم جمعه", "التبرع", "المجموعة"], fields);
    }

    public void Dispose() => _fediverse.Dispose();
}
