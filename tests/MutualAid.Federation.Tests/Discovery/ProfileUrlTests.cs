using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Discovery;

/// <summary>
/// Mastodon resolves a pasted profile or listing URL by fetching it as ActivityStreams; those requests must reach
/// the actor and the Note, while browsers keep getting the pages.
/// </summary>
public sealed class ProfileUrlTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    public void Dispose() => _fediverse.Dispose();

    [Fact]
    public async Task An_activity_streams_request_for_a_profile_page_is_sent_to_the_actor()
    {
        var a = _fediverse.Add("a.test");
        await a.CreateCollectiveWithAdminAsync("food-bank");

        using var fediverse = Client(a, "application/activity+json");
        using var redirected = await fediverse.GetAsync("/@food-bank");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("https://a.test/actors/food-bank", redirected.Headers.Location!.ToString());

        using var browser = Client(a, "text/html");
        using var page = await browser.GetAsync("/@food-bank");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_activity_streams_request_for_a_listing_page_is_sent_to_the_note()
    {
        var a = _fediverse.Add("a.test");
        await a.CreateCollectiveWithAdminAsync("food-bank");

        using var fediverse = Client(a, "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"");
        using var redirected = await fediverse.GetAsync("/@food-bank/listings/01ABCDEFGHJKMNPQRSTVWXYZ00");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("https://a.test/listings/01ABCDEFGHJKMNPQRSTVWXYZ00", redirected.Headers.Location!.ToString());
    }

    private static HttpClient Client(FediverseInstance instance, string accept)
    {
        var client = instance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(instance.Base) });
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        return client;
    }
}
