using Microsoft.Playwright;
using MutualAid.Server.Demo;

namespace MutualAid.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FollowableListingBrowserTests(BrowserFixture fixture)
{
    /// <summary>The demo's strike fund is followable; its handle is derived from its title.</summary>
    private const string FundTitle = "Warehouse workers' strike fund";
    private const string Handle = $"@{DemoSeed.CollectiveSlug}.warehouse-workers-strike-fund@localhost";

    [Fact]
    public async Task A_followable_fund_offers_following_it_on_a_small_phone()
    {
        var page = await fixture.NewPageAsync(width: 320, height: 640, javaScript: false);
        await page.GotoAsync($"/@{DemoSeed.CollectiveSlug}");
        // The profile lists what can be followed apart from its other listings.
        await page.GetByRole(AriaRole.Region, new() { Name = "Funds, lines and services to follow" }).GetByRole(AriaRole.Link, new() { Name = FundTitle }).ClickAsync();
        await page.WaitForURLAsync($"**/@{DemoSeed.CollectiveSlug}/listings/**");

        var follow = page.GetByRole(AriaRole.Region, new() { Name = "Follow this fund" });
        await follow.WaitForAsync();
        Assert.Equal(Handle, await follow.Locator("p.handle").InnerTextAsync());
        Assert.Equal(Handle, await page.GetByLabel("Handle to search for on your server").InputValueAsync());
        Assert.True(await page.GetByLabel("Handle to search for on your server").IsEditableAsync() is false, "The handle field is read-only.");
        Assert.Contains("Followers in the fediverse: 0", await follow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await follow.GetByLabel("Your server", new() { Exact = true }).IsVisibleAsync());
        Assert.True(await follow.GetByRole(AriaRole.Button, new() { Name = "Follow" }).IsVisibleAsync());
        Assert.True(await follow.GetByRole(AriaRole.Link, new() { Name = "Updates as an Atom feed" }).IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "followable-fund-320");

        // Nothing sticks out of a 320 px screen, not even the long handle.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The fund page scrolls sideways at 320 px.");

        // A mistyped server comes back with the explanation beside the field (no request leaves this server).
        await follow.GetByLabel("Your server", new() { Exact = true }).FillAsync("not a server");
        await follow.GetByRole(AriaRole.Button, new() { Name = "Follow" }).ClickAsync();
        await page.WaitForURLAsync("**/follow?server=**");
        Assert.Equal("Enter your server's name, like mastodon.social.", await page.Locator("#server-error").InnerTextAsync());
        Assert.Equal("true", await page.GetByLabel("Your server", new() { Exact = true }).GetAttributeAsync("aria-invalid"));
        await BrowserFixture.ScreenshotAsync(page, "followable-fund-320-error");

        // In Arabic the page turns right to left and the handle keeps its left-to-right order.
        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        await page.WaitForURLAsync("**lang=ar**");
        var arabic = page.GetByRole(AriaRole.Region, new() { Name = "تابِع هذا الصندوق" });
        await arabic.WaitForAsync();
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal(Handle, await arabic.Locator("p.handle").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The Arabic fund page scrolls sideways at 320 px.");
        await BrowserFixture.ScreenshotAsync(page, "followable-fund-320-arabic");
        await page.Context.CloseAsync();
    }
}
