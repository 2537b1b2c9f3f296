using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using System.Text.Json.Nodes;
using MutualAid.Server.Tests.Api;
using MutualAid.Server.Tests.Directory;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>Disbursements made public by the collective: through the API, on the listing page, refused above the amount raised.</summary>
public sealed class FundDisbursementTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task The_api_keeps_the_disbursement_and_the_public_page_shows_it()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var fund = ListingSamples.Fund();
        fund["fund"]!["disbursedAmount"] = 600.5;
        fund["fund"]!["lastDisbursement"] = "Paid bail for 3 people <arrested> on 12 Nov";
        var id = await DirectorySeeds.PublishAsync(api, member.Slug, fund);

        using var anonymous = factory.CreateClient();
        var view = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/collectives/{member.Slug}/listings/{id}"))!;
        Assert.Equal(600.5m, view["fund"]!["disbursedAmount"]!.GetValue<decimal>());
        Assert.Equal("Paid bail for 3 people <arrested> on 12 Nov", view["fund"]!["lastDisbursement"]!.GetValue<string>());

        using var browser = WebClients.Browser(factory);
        var page = await browser.GetStringAsync($"/@{member.Slug}/listings/{id}");
        Assert.Contains("Disbursed: 600.50 EUR", page, StringComparison.Ordinal);
        Assert.Contains("Paid bail for 3 people &lt;arrested&gt; on 12 Nov", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<arrested>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fund_that_paid_out_nothing_shows_no_disbursement_line()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var id = await DirectorySeeds.PublishAsync(api, member.Slug, ListingSamples.Fund());

        using var anonymous = factory.CreateClient();
        var view = JsonNode.Parse(await anonymous.GetStringAsync($"/api/v1/collectives/{member.Slug}/listings/{id}"))!;
        Assert.Equal(0m, view["fund"]!["disbursedAmount"]!.GetValue<decimal>());
        using var browser = WebClients.Browser(factory);
        Assert.DoesNotContain("Disbursed:", await browser.GetStringAsync($"/@{member.Slug}/listings/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_disbursed_than_raised_is_a_coded_validation_problem()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var fund = ListingSamples.Fund();
        fund["fund"]!["disbursedAmount"] = 1200.01;

        using var response = await api.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", fund);
        var errors = await response.AssertValidationProblemAsync("fund.disbursedAmount");
        Assert.Equal("Cannot exceed the amount raised.", errors.GetProperty("fund.disbursedAmount")[0].GetString());
    }

    [Fact]
    public async Task The_member_form_takes_the_disbursement_and_refuses_more_than_raised_next_to_the_field()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = await WebClients.SignedInAsync(factory, member);
        var create = $"/members/{member.Slug}/listings/new?kind=fund";
        var form = FormSamples.For("fund", "Bail fund with payouts");
        form.Add(new("fund.disbursedAmount", "150"));

        using var refused = await WebClients.PostFormAsync(client, create, $"/members/{member.Slug}/listings/new", form);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"f-fund-disbursedAmount-error\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        form.RemoveAll(f => f.Key == "fund.disbursedAmount");
        form.Add(new("fund.disbursedAmount", "80"));
        form.Add(new("fund.lastDisbursement", "Paid bail for 3 people arrested on 12 Nov"));
        using var saved = await WebClients.PostFormAsync(client, create, $"/members/{member.Slug}/listings/new", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await factory.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.Title == "Bail fund with payouts"));
        Assert.Equal(80m, stored.Fund!.DisbursedAmount);
        Assert.Equal("Paid bail for 3 people arrested on 12 Nov", stored.Fund.LastDisbursement);

        var edit = await client.GetStringAsync($"/members/{member.Slug}/listings/{stored.PublicId}/edit");
        Assert.Matches("name=\"fund.disbursedAmount\"[^>]*value=\"80(\\.0+)?\"", edit);
        Assert.Contains("Paid bail for 3 people arrested on 12 Nov</textarea>", edit, StringComparison.Ordinal);
    }
}
