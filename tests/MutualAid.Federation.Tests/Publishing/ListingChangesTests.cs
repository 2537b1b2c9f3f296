using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Publishing;

namespace MutualAid.Federation.Tests.Publishing;

public class ListingChangesTests
{
    [Fact]
    public void Raised_money_and_the_goal_being_reached_are_news()
    {
        var fund = Fund(raised: 900m);
        var before = ListingSnapshot.Of(fund);
        fund.Fund!.RaisedAmount = 1000m;
        Assert.Equal(["🎉 Goal reached: 1,000.00 EUR of 1,000.00 EUR (100%) (100.00 EUR more). Thank you!"], ListingChanges.Describe(before, fund));

        before = ListingSnapshot.Of(fund);
        fund.Fund.RaisedAmount = 950m;
        Assert.Equal(["Raised: 950.00 EUR of 1,000.00 EUR (95%) (corrected by -50.00 EUR)."], ListingChanges.Describe(before, fund));
    }

    [Fact]
    public void Money_disbursed_by_the_collective_is_news_with_its_public_note()
    {
        var fund = Fund(raised: 1000m);
        var before = ListingSnapshot.Of(fund);
        fund.Fund!.DisbursedAmount = 600m;
        fund.Fund.LastDisbursement = "Paid bail for 3 people arrested on 12 Nov";
        Assert.Equal(["💸 600.00 EUR disbursed: Paid bail for 3 people arrested on 12 Nov"], ListingChanges.Describe(before, fund));

        before = ListingSnapshot.Of(fund);
        fund.Fund.DisbursedAmount = 850m;
        Assert.Equal(["💸 250.00 EUR disbursed (850.00 EUR so far)."], ListingChanges.Describe(before, fund));

        before = ListingSnapshot.Of(fund);
        fund.Fund.LastDisbursement = "Court fees for the 12 Nov hearing";
        Assert.Equal(["💸 Disbursed: Court fees for the 12 Nov hearing (850.00 EUR so far)"], ListingChanges.Describe(before, fund));

        before = ListingSnapshot.Of(fund);
        fund.Fund.DisbursedAmount = 800m;
        Assert.Equal(["Disbursed corrected to 800.00 EUR."], ListingChanges.Describe(before, fund));

        before = ListingSnapshot.Of(fund);
        fund.Fund.LastDisbursement = null;
        Assert.Empty(ListingChanges.Describe(before, fund));
    }

    [Fact]
    public void Fully_funded_points_donors_elsewhere_and_a_reworded_body_is_no_news()
    {
        var fund = Fund(raised: 1000m);
        var before = ListingSnapshot.Of(fund);
        fund.Body = "Reworded.";
        Assert.Empty(ListingChanges.Describe(before, fund));

        fund.Fund!.FullyFunded = true;
        fund.Fund.GiveElsewhereText = "The Calle Sur bail fund:";
        fund.Fund.GiveElsewhereUrl = "https://sur.example/bail";
        Assert.Equal(["✅ Fully funded: please give elsewhere: The Calle Sur bail fund: https://sur.example/bail"], ListingChanges.Describe(before, fund));
    }

    [Fact]
    public void Hours_numbers_places_and_temporary_closures_of_a_contact_are_news()
    {
        var contact = new Listing
        {
            PublicId = "x",
            Kind = ListingKind.Contact,
            Title = "Legal line",
            Location = new Location { PlaceName = "Lavapiés" },
            Contact = new ContactDetails
            {
                Phone = "+34 600 000 001",
                Schedule = new Schedule { Recurrence = "FREQ=WEEKLY;BYDAY=MO,TU", Opens = new TimeOnly(17, 0), Closes = new TimeOnly(21, 0), TimeZone = "Europe/Madrid" },
            },
        };
        var before = ListingSnapshot.Of(contact);
        contact.Status = ListingStatus.Paused;
        contact.Contact = new ContactDetails { Phone = "+34 600 000 002", AlwaysOpen = true };
        contact.Location = new Location { PlaceName = "Embajadores" };
        Assert.Equal(
        [
            "⏸ Temporarily closed (paused) until further notice.",
            "New phone: +34 600 000 002 (was +34 600 000 001).",
            "New hours: 24/7 (was Mon, Tue 17:00–21:00 (Europe/Madrid)).",
            "New place: Embajadores (was Lavapiés).",
        ], ListingChanges.Describe(before, contact));

        before = ListingSnapshot.Of(contact);
        contact.Status = ListingStatus.Open;
        Assert.Equal(["▶ Open again."], ListingChanges.Describe(before, contact));
    }

    [Fact]
    public void New_service_hours_and_booking_are_news()
    {
        var service = new Listing
        {
            PublicId = "x",
            Kind = ListingKind.Service,
            Title = "Clinic",
            Service = new ServiceDetails { Schedule = new Schedule { Recurrence = "FREQ=DAILY", Opens = new TimeOnly(9, 0), Closes = new TimeOnly(13, 0), TimeZone = "UTC" } },
        };
        var before = ListingSnapshot.Of(service);
        service.Service.Schedule.Closes = new TimeOnly(15, 0);
        service.Service.WalkInsWelcome = false;
        Assert.Equal(["New hours: daily 09:00–15:00 (UTC) (was daily 09:00–13:00 (UTC)).", "Please book ahead: no walk-ins for now."], ListingChanges.Describe(before, service));
    }

    private static Listing Fund(decimal raised) => new()
    {
        PublicId = "x",
        Kind = ListingKind.Fund,
        Title = "Bail",
        Fund = new FundDetails { GoalAmount = 1000m, RaisedAmount = raised, Currency = "EUR", HowToGive = "Cash" },
    };
}
