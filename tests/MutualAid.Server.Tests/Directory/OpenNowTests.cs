using System.Text.Json.Nodes;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>"Open now" on a clock nobody else moves: Tuesday 1 December 2026, 10:00 UTC.</summary>
public sealed class OpenNowTests(ClockedAppFactory factory) : IClassFixture<ClockedAppFactory>
{
    [Fact]
    public async Task Open_now_evaluates_recurrence_windows_in_the_listing_time_zone()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await factory.CreateClientAsAsync(member);
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        var now = factory.Clock.GetUtcNow();
        // Tuesday 10:00 UTC is 11:00 in Madrid, 05:00 in Chicago.
        await PublishServiceAsync(client, member.Slug, $"Madrid morning {word}", "FREQ=WEEKLY;BYDAY=TU", "10:30", "12:00", "Europe/Madrid");
        await PublishServiceAsync(client, member.Slug, $"Chicago morning {word}", "FREQ=WEEKLY;BYDAY=TU", "10:30", "12:00", "America/Chicago");
        await PublishServiceAsync(client, member.Slug, $"Wednesday only {word}", "FREQ=WEEKLY;BYDAY=WE", "00:00", "23:00", "Etc/UTC");
        await PublishServiceAsync(client, member.Slug, $"Night shelter {word}", "FREQ=DAILY", "20:00", "06:00", "America/Chicago");
        var hotline = ListingSamples.Contact();
        hotline["title"] = $"Hotline {word}";
        hotline["contact"]!["alwaysOpen"] = true;
        hotline["contact"]!.AsObject().Remove("schedule");
        await DirectorySeeds.PublishAsync(client, member.Slug, hotline);

        var open = await DirectorySeeds.TitlesAsync(client, $"q={word}&open=now");
        Assert.Equal([$"Hotline {word}", $"Night shelter {word}", $"Madrid morning {word}"], open);
        Assert.Equal(now, factory.Clock.GetUtcNow());
    }

    private static Task<string> PublishServiceAsync(HttpClient client, string slug, string title, string rule, string opens, string closes, string zone)
    {
        var service = ListingSamples.Service();
        service["title"] = title;
        service["service"]!["schedule"] = new JsonObject { ["recurrence"] = rule, ["opens"] = opens, ["closes"] = closes, ["timeZone"] = zone };
        return DirectorySeeds.PublishAsync(client, slug, service);
    }
}
