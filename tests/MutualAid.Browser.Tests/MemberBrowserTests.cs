using Microsoft.Playwright;
using MutualAid.Server.Demo;

namespace MutualAid.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MemberBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_member_signs_in_publishes_every_kind_and_finds_each_in_search()
    {
        var page = await fixture.NewPageAsync();
        var problems = DirectoryBrowserTests.CollectProblems(page);
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(DemoSeed.Email);
        await page.GetByLabel("Password").FillAsync(DemoSeed.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.WaitForURLAsync($"**/members/{DemoSeed.CollectiveSlug}");
        await BrowserFixture.ScreenshotAsync(page, "dashboard");

        var word = "br" + Guid.NewGuid().ToString("N")[..6];
        foreach (var (kind, fill) in Kinds)
        {
            await page.GotoAsync($"/members/{DemoSeed.CollectiveSlug}/listings/new?kind={kind}");
            await page.GetByLabel("Title").FillAsync($"{kind} {word}");
            await page.GetByLabel("Place name").FillAsync("Pilsen");
            await page.GetByLabel("Food").CheckAsync();
            await fill(page);
            if (kind == "need")
            {
                await BrowserFixture.ScreenshotAsync(page, "new-need-form");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
            await page.WaitForURLAsync($"**/@{DemoSeed.CollectiveSlug}/listings/**");
            Assert.Equal($"{kind} {word}", await page.Locator("h1").InnerTextAsync());
        }

        await page.GotoAsync($"/search?q={word}&limit=20");
        var found = await page.Locator("ol.results h3").AllInnerTextsAsync();
        Assert.Equal(Kinds.Select(k => $"{k.Kind} {word}").Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        await BrowserFixture.ScreenshotAsync(page, "search-new-listings");
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_missing_field_is_explained_next_to_it()
    {
        var page = await fixture.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(DemoSeed.Email);
        await page.GetByLabel("Password").FillAsync(DemoSeed.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.WaitForURLAsync($"**/members/{DemoSeed.CollectiveSlug}");

        await page.GotoAsync($"/members/{DemoSeed.CollectiveSlug}/listings/new?kind=fund");
        await page.GetByLabel("Title").FillAsync("Fund without a goal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        var goal = page.GetByLabel("Goal");
        Assert.Equal("true", await goal.GetAttributeAsync("aria-invalid"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#f-fund-goalAmount-error").InnerTextAsync()));
        await BrowserFixture.ScreenshotAsync(page, "validation-phone");
        await page.Context.CloseAsync();
    }

    private static readonly (string Kind, Func<IPage, Task> Fill)[] Kinds =
    [
        ("offer", async p =>
        {
            await p.GetByLabel("What is offered").FillAsync("Coats");
            await p.GetByLabel("Quantity available").FillAsync("4");
            await p.GetByLabel("Unit").FillAsync("coats");
        }),
        ("need", async p =>
        {
            await p.GetByLabel("What is needed").FillAsync("Rice");
            await p.GetByLabel("Quantity needed").FillAsync("20");
            await p.GetByLabel("Unit").FillAsync("kg");
            await p.GetByLabel("Urgency").SelectOptionAsync("high");
        }),
        ("fund", async p =>
        {
            await p.GetByLabel("Goal").FillAsync("1500");
            await p.GetByLabel("Raised so far").FillAsync("200");
            await p.GetByLabel("Currency").FillAsync("USD");
            await p.GetByLabel("How to give", new() { Exact = true }).FillAsync("Cash at the front gate");
        }),
        ("contact", async p =>
        {
            await p.GetByLabel("Phone").FillAsync("+1 312 555 0100");
            await p.GetByLabel("Open 24/7").CheckAsync();
        }),
        ("service", async p =>
        {
            await p.GetByLabel("Repeats (iCalendar rule)").FillAsync("FREQ=WEEKLY;BYDAY=SA");
            await p.GetByLabel("Opens").FillAsync("10:00");
            await p.GetByLabel("Closes").FillAsync("14:00");
            await p.GetByLabel("Time zone").FillAsync("America/Chicago");
        }),
        ("savingsCircle", async p =>
        {
            await p.GetByLabel("Local name").FillAsync("tanda");
            await p.GetByLabel("Contribution").FillAsync("50");
            await p.GetByLabel("Currency").FillAsync("MXN");
            await p.GetByLabel("Cycle length (days)").FillAsync("7");
            await p.GetByLabel("Members (slots)").FillAsync("10");
            await p.GetByLabel("Seats open").FillAsync("3");
        }),
    ];
}
