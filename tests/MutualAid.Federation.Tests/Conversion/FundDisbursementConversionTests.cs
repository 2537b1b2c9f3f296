using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Tests.Conversion;

/// <summary>A fund's disbursements travel in its Note (ma:amountDisbursed, ma:disbursementNote) and read back unchanged.</summary>
public class FundDisbursementConversionTests
{
    private static readonly FederationUris Uris = new("b.test");

    [Fact]
    public void Disbursed_amount_and_note_are_served_and_read_back_losslessly()
    {
        var note = Served(Fund(disbursed: 1200m, raised: 2500m, "Paid bail for 3 people arrested on 12 Nov"), "tenants", Uris);

        Assert.Equal("1200.00", note["amountDisbursed"]!["amount"]!.ToString());
        Assert.Equal("Paid bail for 3 people arrested on 12 Nov", note["disbursementNote"]!.GetValue<string>());
        Assert.Contains("Disbursed: 1200.00 EUR (Paid bail for 3 people arrested on 12 Nov)", note["content"]!.GetValue<string>(), StringComparison.Ordinal);

        var read = AsToDomain.Listing(Expanded.Parse(note)!, Uris.Actor("tenants"), new RemoteHtml(), TimeProvider.System)!;
        Assert.Equal(1200m, read.Fund!.DisbursedAmount);
        Assert.Equal("Paid bail for 3 people arrested on 12 Nov", read.Fund.LastDisbursement);
        Assert.Equal(2500m, read.Fund.RaisedAmount);
    }

    [Fact]
    public void A_fund_with_nothing_paid_out_reads_back_as_zero_without_a_note()
    {
        var note = Served(Fund(disbursed: 0m, raised: 2500m, null), "tenants", Uris);

        Assert.Null(note["disbursementNote"]);
        Assert.DoesNotContain("Disbursed", note["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var read = AsToDomain.Listing(Expanded.Parse(note)!, Uris.Actor("tenants"), new RemoteHtml(), TimeProvider.System)!;
        Assert.Equal(0m, read.Fund!.DisbursedAmount);
        Assert.Null(read.Fund.LastDisbursement);
    }

    [Fact]
    public void A_remote_claim_of_more_disbursed_than_raised_is_capped_at_the_amount_raised()
    {
        var note = Served(Fund(disbursed: 1200m, raised: 2500m, null), "tenants", Uris);
        note["amountDisbursed"]!["amount"] = "99999.00";

        var read = AsToDomain.Listing(Expanded.Parse(note)!, Uris.Actor("tenants"), new RemoteHtml(), TimeProvider.System)!;
        Assert.Equal(2500m, read.Fund!.DisbursedAmount);
    }

    /// <summary>The Note as served: with our context, so the read side expands it like any remote document.</summary>
    private static System.Text.Json.Nodes.JsonObject Served(Listing listing, string collectiveSlug, FederationUris uris)
    {
        var note = DomainToAs.Note(listing, collectiveSlug, uris);
        note["@context"] = MutualAidContext.ForObject();
        return note;
    }

    private static Listing Fund(decimal disbursed, decimal raised, string? disbursement) => new()
    {
        Id = 7,
        PublicId = "01jcxa3m5q7t9w1y3b5d7f9h2c",
        Kind = ListingKind.Fund,
        Title = "Bail",
        Language = "en",
        PublishedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
        Fund = new FundDetails
        {
            Purpose = FundPurpose.Bail, GoalAmount = 5000m, RaisedAmount = raised, DisbursedAmount = disbursed, LastDisbursement = disbursement, Currency = "EUR", HowToGive = "Cash",
        },
    };
}
