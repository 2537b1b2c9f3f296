namespace MutualAid.Core.Listings.Details;

/// <summary>Recurring opening hours: an iCalendar RRULE, the daily opening window and the IANA time zone.</summary>
public sealed class Schedule
{
    /// <summary>RFC 5545 RRULE value without the "RRULE:" prefix, e.g. <c>FREQ=WEEKLY;BYDAY=TU,TH</c>.</summary>
    public string Recurrence { get; set; } = "";

    public TimeOnly Opens { get; set; }

    public TimeOnly Closes { get; set; }

    /// <summary>IANA time zone id, e.g. <c>America/Mexico_City</c>.</summary>
    public string TimeZone { get; set; } = "";

    /// <summary>
    /// An independent copy (snapshots before an edit, views that blank or clean a field). Cloned rather than listed
    /// field by field: three hand-written copies each had to learn about every new field, such as the disbursements.
    /// </summary>
    public Schedule Copy() => (Schedule)MemberwiseClone();
}
