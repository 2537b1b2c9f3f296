using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Wording;

namespace MutualAid.Federation.Conversion;

/// <summary>
/// Short, readable phrasings of a listing's key facts (money, hours, ways to reach it), shared by the listing
/// actor's profile fields and its update Notes so both say the same thing the same way, in the listing's
/// language (vocabulary section 7).
/// </summary>
public static class ListingFacts
{
    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static int Percent(FundDetails fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        return fund.GoalAmount > 0 ? (int)(fund.RaisedAmount * 100 / fund.GoalAmount) : 0;
    }

    /// <summary>"1,200.00 EUR of 5,000.00 EUR (24%)".</summary>
    public static string Raised(FundDetails fund, NoteWording wording)
    {
        ArgumentNullException.ThrowIfNull(fund);
        ArgumentNullException.ThrowIfNull(wording);
        return wording.Format("facts.raised", wording.Money(fund.RaisedAmount, fund.Currency), wording.Money(fund.GoalAmount, fund.Currency), wording.Percent(Percent(fund)));
    }

    /// <summary>"Tue, Thu 17:00–21:00 (Europe/Madrid)", or "daily ..."; an RRULE we do not phrase is shown as written.</summary>
    public static string Hours(Schedule schedule, NoteWording wording)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(wording);
        var parts = schedule.Recurrence.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var days = parts.GetValueOrDefault("FREQ") switch
        {
            "DAILY" when parts.Count == 1 => wording["hours.daily"],
            "WEEKLY" when parts.Count == 2 && parts.TryGetValue("BYDAY", out var byDay) && byDay.Split(',').All(d => Array.IndexOf(DayCodes, d) >= 0)
                => wording.List(byDay.Split(',').Select(d => wording.DayNames[Array.IndexOf(DayCodes, d)])),
            _ => schedule.Recurrence,
        };
        var window = $"{wording.Time(schedule.Opens)}–{wording.Time(schedule.Closes)}";
        return wording.Format("hours.format", days, window, schedule.TimeZone).Trim();
    }

    public static string? Hours(ContactDetails contact, NoteWording wording)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(wording);
        return contact.AlwaysOpen ? wording["hours.always"] : contact.Schedule is { } schedule ? Hours(schedule, wording) : null;
    }

    public static string? Place(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Location?.PlaceName is { Length: > 0 } place ? place : listing.ServiceArea;
    }

    /// <summary>"Fund", "Contact", "Service": how a follow button or a Note's first line names what it is about.</summary>
    public static string KindLabel(ListingKind kind, NoteWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        return wording["kind." + kind.ToString().ToLowerInvariant()];
    }
}
