using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Tests.Listings;

/// <summary>Copies of listing details share nothing with the original, so a snapshot does not move with the edit.</summary>
public class DetailsCopyTests
{
    [Fact]
    public void A_fund_copy_keeps_every_field_and_is_independent()
    {
        var fund = new FundDetails { GoalAmount = 100m, RaisedAmount = 40m, DisbursedAmount = 10m, LastDisbursement = "Bail for 2", Currency = "EUR", HowToGive = "Cash" };
        var copy = fund.Copy();
        Assert.Equivalent(fund, copy, strict: true);
        copy.RaisedAmount = 90m;
        Assert.Equal(40m, fund.RaisedAmount);
    }

    [Fact]
    public void Contact_and_service_copies_do_not_share_their_lists_or_schedules()
    {
        var contact = new ContactDetails { Phone = "+1", LanguagesSpoken = ["en"], Schedule = new Schedule { Recurrence = "FREQ=DAILY", TimeZone = "UTC" } };
        var copy = contact.Copy();
        Assert.Equivalent(contact, copy, strict: true);
        copy.LanguagesSpoken.Add("es");
        copy.Schedule!.Recurrence = "FREQ=WEEKLY";
        Assert.Equal(["en"], contact.LanguagesSpoken);
        Assert.Equal("FREQ=DAILY", contact.Schedule.Recurrence);

        var service = new ServiceDetails { Schedule = new Schedule { Opens = new TimeOnly(9, 0) }, WalkInsWelcome = false };
        var serviceCopy = service.Copy();
        serviceCopy.Schedule.Opens = new TimeOnly(10, 0);
        Assert.Equal(new TimeOnly(9, 0), service.Schedule.Opens);
        Assert.False(serviceCopy.WalkInsWelcome);
    }
}
