using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Core.Federation;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Instances;

/// <summary>
/// Listings of an instance that stops answering are marked stale after the threshold (3 days by default) and
/// leave default searches; when it answers again the mark is cleared. The clock is fake; nothing sleeps.
/// </summary>
public sealed class StaleListingTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    public void Dispose() => _fediverse.Dispose();

    [Fact]
    public async Task An_instance_that_stops_answering_has_its_listings_marked_stale_until_it_answers_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var a = _fediverse.Add("a.test", clock, settings: new Dictionary<string, string>([InstanceSteps.NoBackgroundWatch]));
        var b = _fediverse.Add("b.test");
        var (id, title) = await PublishOnBFollowedByAAsync(a, b);

        var first = await InstanceSteps.WatchOnceAsync(a);
        Assert.Equal((1, 1, 1, 0), (first.Known, first.Probed, first.Answered, first.Stale));
        var known = await a.InDatabaseAsync(db => db.Set<KnownInstance>().AsNoTracking().SingleAsync(i => i.Domain == "b.test"));
        Assert.Equal("mutualaid", known.Software);
        Assert.Equal(clock.GetUtcNow(), known.LastContactAt);
        Assert.Contains("\"software\"", known.NodeInfo, StringComparison.Ordinal);
        var lastAnswer = known.LastContactAt!.Value;

        _fediverse.Router.TakeDown("b.test");
        clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        var early = await InstanceSteps.WatchOnceAsync(a);
        Assert.Equal((1, 0, 0), (early.Probed, early.Answered, early.Stale));
        Assert.Single(await SearchAsync(a, title, includeStale: false));

        clock.Advance(TimeSpan.FromMinutes(2));
        var late = await InstanceSteps.WatchOnceAsync(a);
        Assert.Equal((0, 1), (late.Probed, late.Stale));
        known = await a.InDatabaseAsync(db => db.Set<KnownInstance>().AsNoTracking().SingleAsync(i => i.Domain == "b.test"));
        Assert.Equal(1, known.ConsecutiveFailures);
        Assert.NotNull(known.LastError);
        Assert.Equal(lastAnswer, known.StaleSince);
        Assert.Equal(lastAnswer, await a.InDatabaseAsync(db => db.Listings.Where(l => l.Origin.ObjectIri == $"https://b.test/listings/{id}").Select(l => l.Origin.StaleSince).SingleAsync()));

        Assert.Empty(await SearchAsync(a, title, includeStale: false));
        var stale = Assert.Single(await SearchAsync(a, title, includeStale: true));
        Assert.True(stale!["stale"]!.GetValue<bool>());
        Assert.Equal(lastAnswer, stale["staleSince"]!.GetValue<DateTimeOffset>());

        using var reader = a.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri(a.Base) });
        var notice = $"May be out of date: b.test has not answered since {lastAnswer.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en"))}.";
        var publicId = stale["listing"]!["id"]!.GetValue<string>();
        var query = Uri.EscapeDataString(title);
        Assert.DoesNotContain(publicId, await reader.GetStringAsync($"/search?q={query}&lang=en"), StringComparison.Ordinal);
        var withStale = await reader.GetStringAsync($"/search?q={query}&includeStale=true&lang=en");
        Assert.Contains($"/directory/listings/{publicId}", withStale, StringComparison.Ordinal);
        Assert.Contains(notice, withStale, StringComparison.Ordinal);
        Assert.Contains("id=\"includeStale\" name=\"includeStale\" type=\"checkbox\" value=\"true\" checked", withStale, StringComparison.Ordinal);
        Assert.Contains(notice, await reader.GetStringAsync($"/directory/listings/{publicId}?lang=en"), StringComparison.Ordinal);
        Assert.Contains("لم يرد b.test", await reader.GetStringAsync($"/directory/listings/{publicId}?lang=ar"), StringComparison.Ordinal);
        Assert.DoesNotContain(publicId, await reader.GetStringAsync($"/search.atom?q={query}"), StringComparison.Ordinal);
        Assert.Contains(publicId, await reader.GetStringAsync($"/search.atom?q={query}&includeStale=true"), StringComparison.Ordinal);

        _fediverse.Router.BringUp("b.test");
        clock.Advance(TimeSpan.FromHours(1));
        var back = await InstanceSteps.WatchOnceAsync(a);
        Assert.Equal((1, 1, 0), (back.Probed, back.Answered, back.Stale));
        Assert.Null(await a.InDatabaseAsync(db => db.Listings.Where(l => l.Origin.ObjectIri == $"https://b.test/listings/{id}").Select(l => l.Origin.StaleSince).SingleAsync()));
        var fresh = Assert.Single(await SearchAsync(a, title, includeStale: false));
        Assert.False(fresh!["stale"]!.GetValue<bool>());
        Assert.Null(fresh["staleSince"]);

        // The discovery page links each collective's listings by its actor.
        using var api = a.CreateClient();
        var byActor = JsonNode.Parse(await api.GetStringAsync($"/api/v1/directory/search?actor={Uri.EscapeDataString("https://b.test/actors/food-bank")}"))!["items"]!.AsArray();
        Assert.Equal(publicId, Assert.Single(byActor)!["listing"]!["id"]!.GetValue<string>());
        Assert.Empty(JsonNode.Parse(await api.GetStringAsync($"/api/v1/directory/search?actor={Uri.EscapeDataString("https://b.test/actors/garden")}"))!["items"]!.AsArray());
    }

    [Fact]
    public async Task Deliveries_the_instance_accepts_count_as_contact_even_when_its_nodeinfo_fails()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var a = _fediverse.Add("a.test", clock, settings: new Dictionary<string, string>([InstanceSteps.NoBackgroundWatch]));
        var b = _fediverse.Add("b.test");
        var (_, title) = await PublishOnBFollowedByAAsync(a, b);
        _fediverse.Router.TakeDown("b.test");
        clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        // As if a delivery to b.test had gone through two hours ago (the Follow's delivery made the row).
        var success = clock.GetUtcNow() - TimeSpan.FromHours(2);
        Assert.Equal(1, await a.InDatabaseAsync(db => db.Set<DeliveryHost>().Where(h => h.Host == "b.test").ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSuccessAt, success))));

        var report = await InstanceSteps.WatchOnceAsync(a);
        Assert.Equal((1, 0, 0), (report.Probed, report.Answered, report.Stale));
        Assert.Single(await SearchAsync(a, title, includeStale: false));
        Assert.Equal(success, await a.InDatabaseAsync(db => db.Set<KnownInstance>().Where(i => i.Domain == "b.test").Select(i => i.LastContactAt).SingleAsync()));
    }

    [Fact]
    public async Task The_background_watch_marks_listings_stale_as_the_clock_moves()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var a = _fediverse.Add("a.test", clock);
        var b = _fediverse.Add("b.test");
        var (id, _) = await PublishOnBFollowedByAAsync(a, b);
        _fediverse.Router.TakeDown("b.test");

        // Each step fires the watch's pending timer; the next round waits on the clock again, so keep moving it.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await a.InDatabaseAsync(db => db.Listings.Where(l => l.Origin.ObjectIri == $"https://b.test/listings/{id}").Select(l => l.Origin.StaleSince).SingleAsync()) is null)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await Task.Delay(50, deadline.Token);
        }

        var known = await a.InDatabaseAsync(db => db.Set<KnownInstance>().AsNoTracking().SingleAsync(i => i.Domain == "b.test"));
        Assert.True(clock.GetUtcNow() - known.StaleSince >= TimeSpan.FromDays(3));
        Assert.True(known.ConsecutiveFailures >= 1);
    }

    /// <summary>a.test's instance actor follows b.test's collective, which publishes an offer; returns its id and title.</summary>
    private static async Task<(string Id, string Title)> PublishOnBFollowedByAAsync(FediverseInstance a, FediverseInstance b)
    {
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var offer = ListingSamples.Offer();
        const string title = "Camping stoves to lend";
        offer["title"] = title;
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", offer);
        await a.EventuallyAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == $"https://b.test/listings/{id}"), n => n == 1, "the listing on a.test");
        return (id, title);
    }

    private static async Task<JsonArray> SearchAsync(FediverseInstance instance, string text, bool includeStale)
    {
        using var client = instance.CreateClient();
        var json = await client.GetStringAsync($"/api/v1/directory/search?q={Uri.EscapeDataString(text)}{(includeStale ? "&includeStale=true" : "")}");
        return JsonNode.Parse(json)!["items"]!.AsArray();
    }
}
