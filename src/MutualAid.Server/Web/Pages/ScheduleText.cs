using System.Globalization;
using MutualAid.Core.Listings.Details;
using MutualAid.Server.Web.Localization;

namespace MutualAid.Server.Web.Pages;

/// <summary>Opening hours in words: common weekly and daily rules spelled out, anything else shown as the rule itself.</summary>
public static class ScheduleText
{
    private static readonly string[] Codes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static string Describe(Schedule schedule, UiText t)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(t);
        // Isolated left-to-right, so "10:00–14:00" does not turn into "14:00–10:00" inside Arabic text.
        var hours = $"\u2066{schedule.Opens:HH\\:mm}–{schedule.Closes:HH\\:mm}\u2069";
        var parts = schedule.Recurrence.Split(';').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        var simple = parts.Keys.All(k => k is "FREQ" or "BYDAY");
        string days;
        if (simple && parts.GetValueOrDefault("FREQ") == "DAILY" && !parts.ContainsKey("BYDAY"))
        {
            days = t["schedule.everyDay"];
        }
        else if (simple && parts.GetValueOrDefault("FREQ") == "WEEKLY" && parts.TryGetValue("BYDAY", out var byDay)
            && byDay.Split(',').All(d => Array.IndexOf(Codes, d) >= 0))
        {
            var names = t.Culture.DateTimeFormat.DayNames;
            days = string.Join(", ", byDay.Split(',').Select(d => names[Array.IndexOf(Codes, d)]));
        }
        else
        {
            days = schedule.Recurrence;
        }

        return string.Format(CultureInfo.CurrentCulture, t["schedule.format"], days, hours, "\u2066" + schedule.TimeZone + "\u2069");
    }
}
