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
    /// The recurrence is anchored on a day with the same phase (modulo four weeks) as the publication date
    /// but 4 to 8 weeks before today. RFC 5545 always counts DTSTART as an occurrence even when the rule would
    /// not produce it (WEEKLY;BYDAY=WE anchored on a Tuesday), so the anchor must lie in the past; keeping it
    /// close keeps evaluation to a few dozen occurrences, and the four-week phase keeps weekdays and two- and
    /// four-weekly rules where the publication date put them.
    /// </summary>
    private const int PhaseDays = 28;

    public static bool IsOpen(Schedule schedule, DateOnly published, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(schedule.TimeZone, out var zone) || string.IsNullOrWhiteSpace(schedule.Recurrence))
        {
            return false;
        }

        // TimeOnly subtraction goes round the clock, so 06:00 - 20:00 is the 10 hours of an overnight window.
        var window = schedule.Closes == schedule.Opens ? TimeSpan.FromDays(1) : schedule.Closes - schedule.Opens;
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var elapsed = localToday.DayNumber - published.DayNumber;
        var anchor = published.AddDays((elapsed > 0 ? elapsed - (elapsed % PhaseDays) : 0) - PhaseDays);

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
