using System.Globalization;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;

namespace MutualAid.Federation.Conversion;

/// <summary>
/// Short, readable phrasings of a listing's key facts (money, hours, ways to reach it), shared by the listing
/// actor's profile fields and its update Notes so both say the same thing the same way. English for now, like
/// the Note content (vocabulary section 7).
/// </summary>
public static class ListingFacts
{
    private static readonly Dictionary<string, string> DayNames = new(StringComparer.Ordinal)
    {
        ["MO"] = "Mon", ["TU"] = "Tue", ["WE"] = "Wed", ["TH"] = "Thu", ["FR"] = "Fri", ["SA"] = "Sat", ["SU"] = "Sun",
    };

    public static string Money(decimal amount, string currency) =>
        amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " " + currency;

    public static int Percent(FundDetails fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        return fund.GoalAmount > 0 ? (int)(fund.RaisedAmount * 100 / fund.GoalAmount) : 0;
    }

    public static string Raised(FundDetails fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        return $"{Money(fund.RaisedAmount, fund.Currency)} of {Money(fund.GoalAmount, fund.Currency)} ({Percent(fund)}%)";
    }

    /// <summary>"Tue, Thu 17:00–21:00 (Europe/Madrid)", or "daily ..."; an RRULE we do not phrase is shown as written.</summary>
    public static string Hours(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var parts = schedule.Recurrence.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var days = parts.GetValueOrDefault("FREQ") switch
        {
            "DAILY" when parts.Count == 1 => "daily",
            "WEEKLY" when parts.Count == 2 && parts.TryGetValue("BYDAY", out var byDay) && byDay.Split(',').All(DayNames.ContainsKey)
                => string.Join(", ", byDay.Split(',').Select(d => DayNames[d])),
            _ => schedule.Recurrence,
        };
        var window = $"{schedule.Opens.ToString("HH:mm", CultureInfo.InvariantCulture)}–{schedule.Closes.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        return $"{days} {window} ({schedule.TimeZone})".Trim();
    }

    public static string? Hours(ContactDetails contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return contact.AlwaysOpen ? "24/7" : contact.Schedule is { } schedule ? Hours(schedule) : null;
    }

    public static string? Place(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Location?.PlaceName is { Length: > 0 } place ? place : listing.ServiceArea;
    }

    /// <summary>"fund", "line", "service": how a follow button names what is followed.</summary>
    public static string KindLabel(ListingKind kind) => kind switch
    {
        ListingKind.Fund => "Fund",
        ListingKind.Contact => "Contact",
        ListingKind.Service => "Service",
        _ => kind.ToString(),
    };
}
