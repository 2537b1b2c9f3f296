using MutualAid.Core.Listings.Import;

namespace MutualAid.Core.Tests.Listings.Import;

/// <summary>CSV and JSON imports carry a fund's disbursement like any other fund field.</summary>
public sealed class FundDisbursementImportTests
{
    [Fact]
    public void A_csv_row_reads_the_disbursed_amount_and_note()
    {
        var rows = ListingFileReader.ReadCsv(
            "kind,title,fund.raisedAmount,fund.disbursedAmount,fund.lastDisbursement\n" +
            "fund,Bail,1200,600.5,\"Paid bail for 3 people, arrested on 12 Nov\"\n");

        var fund = Assert.Single(rows).Input!.Fund!;
        Assert.Equal(600.5m, fund.DisbursedAmount);
        Assert.Equal("Paid bail for 3 people, arrested on 12 Nov", fund.LastDisbursement);
    }

    [Fact]
    public void A_json_item_reads_the_disbursed_amount_and_note()
    {
        var rows = ListingFileReader.ReadJson("""[{"kind":"fund","title":"Bail","fund":{"raisedAmount":1200,"disbursedAmount":600.5,"lastDisbursement":"Paid bail"}}]""");

        var fund = Assert.Single(rows).Input!.Fund!;
        Assert.Equal(600.5m, fund.DisbursedAmount);
        Assert.Equal("Paid bail", fund.LastDisbursement);
    }
}
