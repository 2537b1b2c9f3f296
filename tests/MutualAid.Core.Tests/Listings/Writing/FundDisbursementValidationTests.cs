using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Core.Listings.Input;
using MutualAid.Core.Listings.Writing;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Tests.Listings.Writing;

/// <summary>Disbursements made public by the collective: never negative, never more than raised, a short plain note.</summary>
public sealed class FundDisbursementValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_disbursement_up_to_the_amount_raised_is_kept_with_its_note()
    {
        var listing = Read(Fund(disbursed: 1200m, note: "  Paid bail for 3 people arrested on 12 Nov  "), out var errors);

        errors.ThrowIfAny();
        Assert.Equal(1200m, listing.Fund!.DisbursedAmount);
        Assert.Equal("Paid bail for 3 people arrested on 12 Nov", listing.Fund.LastDisbursement);
    }

    [Fact]
    public void No_disbursement_given_means_nothing_paid_out_yet()
    {
        var listing = Read(Fund(disbursed: null, note: null), out var errors);

        errors.ThrowIfAny();
        Assert.Equal(0m, listing.Fund!.DisbursedAmount);
        Assert.Null(listing.Fund.LastDisbursement);
    }

    [Fact]
    public void More_disbursed_than_raised_is_refused_with_its_own_code()
    {
        Read(Fund(disbursed: 1200.01m, note: null), out var errors);

        var failure = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny);
        var message = Assert.Single(failure.Messages["fund.disbursedAmount"]);
        Assert.Equal("disbursedOverRaised", message.Code);
        Assert.Equal(["Cannot exceed the amount raised."], failure.Errors["fund.disbursedAmount"]);
    }

    [Fact]
    public void A_negative_disbursement_and_an_overlong_note_are_refused()
    {
        Read(Fund(disbursed: -1m, note: new string('x', 501)), out var errors);

        var failure = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny);
        Assert.Equal("notNegative", Assert.Single(failure.Messages["fund.disbursedAmount"]).Code);
        Assert.Equal("tooLong", Assert.Single(failure.Messages["fund.lastDisbursement"]).Code);
    }

    private static FundInput Fund(decimal? disbursed, string? note) => new()
    {
        Purpose = FundPurpose.Bail,
        GoalAmount = 5000m,
        RaisedAmount = 1200m,
        DisbursedAmount = disbursed,
        LastDisbursement = note,
        Currency = "EUR",
        HowToGive = "Cash at the assembly",
    };

    private static Listing Read(FundInput fund, out ValidationErrors errors)
    {
        var listing = new Listing { PublicId = "x", Kind = ListingKind.Fund };
        errors = new ValidationErrors();
        DetailsReader.Read(ListingKind.Fund, new ListingInput { Fund = fund }, listing, Now, errors);
        return listing;
    }
}
