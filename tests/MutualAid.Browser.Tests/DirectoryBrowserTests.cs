using Microsoft.Playwright;
using MutualAid.Server.Demo;

namespace MutualAid.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DirectoryBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_person_searches_and_opens_a_listing_on_a_phone()
    {
        var page = await fixture.NewPageAsync(width: 360, height: 740);
        var problems = CollectProblems(page);
        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, "home-phone");

        await page.GetByLabel("What are you looking for?").FillAsync("diapers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/search?**");
        var result = page.GetByRole(AriaRole.Link, new() { Name = "Diapers, sizes 4 and 5" });
        await result.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "search-phone");

        await result.ClickAsync();
        await page.WaitForURLAsync($"**/@{DemoSeed.CollectiveSlug}/listings/**");
        Assert.Equal("Diapers, sizes 4 and 5", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("approximate area", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "listing-phone");

        // Nothing sticks out of a 360 px screen.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 360 px.");
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Switching_to_arabic_lays_the_page_out_right_to_left()
    {
        var page = await fixture.NewPageAsync(width: 375, height: 800);
        await page.GotoAsync($"/@{DemoSeed.CollectiveSlug}");
        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        await page.WaitForURLAsync("**lang=ar");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("ar", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await BrowserFixture.ScreenshotAsync(page, "collective-arabic-phone");

        // The choice sticks for the next page.
        await page.GetByRole(AriaRole.Link, new() { Name = "بحث" }).First.ClickAsync();
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        await page.GotoAsync("/search?place=Pilsen&radius=10&sort=nearest");
        await BrowserFixture.ScreenshotAsync(page, "search-arabic-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The Arabic page scrolls sideways.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_filters_work_with_javascript_disabled()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search");
        await page.GetByLabel("Near (place)").FillAsync("Pilsen");
        await page.GetByLabel("Sort by").SelectOptionAsync("nearest");
        await page.GetByLabel("Kind").SelectOptionAsync("offer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**place=Pilsen**");
        var titles = await page.Locator("ol.results h3").AllInnerTextsAsync();
        Assert.Contains("Cuidado de niños los martes por la tarde", titles);
        Assert.All(await page.Locator("ol.results .kind").AllInnerTextsAsync(), kind => Assert.Equal("OFFER", kind.ToUpperInvariant()));
        await BrowserFixture.ScreenshotAsync(page, "search-no-javascript");
        await page.Context.CloseAsync();
    }

    /// <summary>Console errors (CSP violations show up there) and failed requests.</summary>
    internal static List<string> CollectProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.RequestFailed += (_, request) => problems.Add("failed: " + request.Url);
        return problems;
    }
}
