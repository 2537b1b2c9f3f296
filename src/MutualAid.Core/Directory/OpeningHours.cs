using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Directory;

/// <summary>
/// Evaluates a <see cref="Schedule"/> (RRULE + daily window + IANA zone) at an instant, as the vocabulary
/// spec defines it: occurrences of DTSTART (the anchor date at the opening time, in the schedule's zone)
/// plus the RRULE, each ending at the closing time that day, or the next day when it closes at or before
/// it opens (a night shelter open 20:00-08:00).
/// </summary>
public static class OpeningHours
{
    /// <summary>
    /// How far before the publication date the recurrence is anchored. RFC 5545 always counts DTSTART as an
    /// occurrence, even when the rule would not produce it (a WEEKLY;BYDAY=WE rule anchored on a Tuesday);
    /// we store no start date, so the anchor sits 52 weeks back, where that stray occurrence cannot matter,
    /// while keeping the weekday and the parity of two- and four-weekly rules.
    /// </summary>
    private const int AnchorLeadDays = 364;

    public static bool IsOpen(Schedule schedule, DateOnly published, DateTimeOffset now)
    {
        var anchor = published.AddDays(-AnchorLeadDays);
        ArgumentNullException.ThrowIfNull(schedule);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(schedule.TimeZone, out var zone) || string.IsNullOrWhiteSpace(schedule.Recurrence))
        {
            return false;
        }

        // TimeOnly subtraction goes round the clock, so 06:00 - 20:00 is the 10 hours of an overnight window.
        var window = schedule.Closes == schedule.Opens ? TimeSpan.FromDays(1) : schedule.Closes - schedule.Opens;
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

        var opening = new CalendarEvent
        {
            DtStart = new CalDateTime(anchor, schedule.Opens, schedule.TimeZone),
            RecurrenceRule = new RecurrenceRule(schedule.Recurrence),
        };

        // An occurrence that started yesterday may still be running (overnight windows), so look back one day.
        var from = new CalDateTime(localToday.AddDays(-1), TimeOnly.MinValue, schedule.TimeZone);
        foreach (var occurrence in opening.GetOccurrences(from, null))
        {
            var starts = new DateTimeOffset(occurrence.Period.StartTime.AsUtc, TimeSpan.Zero);
            if (starts > now)
            {
                return false;
            }

            if (now < starts + window)
            {
                return true;
            }
        }

        return false;
    }
}
