namespace MutualAid.Core.Listings.Input;

public sealed class ScheduleInput
{
    /// <summary>iCalendar RRULE, e.g. <c>FREQ=WEEKLY;BYDAY=SA</c>.</summary>
    public string? Recurrence { get; init; }

    /// <summary>Local time, <c>HH:mm</c>.</summary>
    public string? Opens { get; init; }

    /// <summary>Local time, <c>HH:mm</c>; earlier than <see cref="Opens"/> means it closes after midnight.</summary>
    public string? Closes { get; init; }

    /// <summary>IANA id, e.g. <c>Europe/Madrid</c>.</summary>
    public string? TimeZone { get; init; }
}
