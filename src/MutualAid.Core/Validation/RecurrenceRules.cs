using System.Globalization;
using System.Text.RegularExpressions;

namespace MutualAid.Core.Validation;

/// <summary>Validates an iCalendar RRULE value (RFC 5545 section 3.3.10) part by part.</summary>
public static partial class RecurrenceRules
{
    private static readonly string[] Frequencies = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
    private static readonly string[] Weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>Strips an optional "RRULE:" prefix and upper-cases the rule.</summary>
    public static string Normalize(string rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var trimmed = rule.Trim();
        if (trimmed.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[6..];
        }

        return trimmed.ToUpperInvariant();
    }

    /// <summary>Returns the problems found; empty when the rule is valid.</summary>
    public static IReadOnlyList<string> Problems(string? rule)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(rule))
        {
            problems.Add("A recurrence rule is required (e.g. FREQ=WEEKLY;BYDAY=MO).");
            return problems;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in Normalize(rule).Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == part.Length - 1)
            {
                problems.Add($"'{part}' is not NAME=VALUE.");
                continue;
            }

            var name = part[..equals];
            var value = part[(equals + 1)..];
            if (!seen.Add(name))
            {
                problems.Add($"{name} appears more than once.");
                continue;
            }

            var problem = CheckPart(name, value);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        if (!seen.Contains("FREQ"))
        {
            problems.Add("FREQ is required.");
        }

        if (seen.Contains("UNTIL") && seen.Contains("COUNT"))
        {
            problems.Add("UNTIL and COUNT cannot both be given.");
        }

        return problems;
    }

    private static string? CheckPart(string name, string value) => name switch
    {
        "FREQ" => Frequencies.Contains(value) ? null : $"FREQ must be one of {string.Join(", ", Frequencies)}.",
        "UNTIL" => UntilPattern().IsMatch(value) ? null : "UNTIL must be a date (YYYYMMDD) or UTC date-time (YYYYMMDDTHHMMSSZ).",
        "COUNT" or "INTERVAL" => PositiveInteger(value) ? null : $"{name} must be a positive integer.",
        "BYSECOND" => IntegerList(value, 0, 60, allowNegative: false) ? null : "BYSECOND values must be 0..60.",
        "BYMINUTE" => IntegerList(value, 0, 59, allowNegative: false) ? null : "BYMINUTE values must be 0..59.",
        "BYHOUR" => IntegerList(value, 0, 23, allowNegative: false) ? null : "BYHOUR values must be 0..23.",
        "BYMONTHDAY" => IntegerList(value, 1, 31, allowNegative: true) ? null : "BYMONTHDAY values must be ±1..31.",
        "BYYEARDAY" => IntegerList(value, 1, 366, allowNegative: true) ? null : "BYYEARDAY values must be ±1..366.",
        "BYWEEKNO" => IntegerList(value, 1, 53, allowNegative: true) ? null : "BYWEEKNO values must be ±1..53.",
        "BYMONTH" => IntegerList(value, 1, 12, allowNegative: false) ? null : "BYMONTH values must be 1..12.",
        "BYSETPOS" => IntegerList(value, 1, 366, allowNegative: true) ? null : "BYSETPOS values must be ±1..366.",
        "BYDAY" => value.Split(',').All(IsWeekdayNum) ? null : "BYDAY values must be weekdays (MO..SU), optionally with an ordinal (1MO, -1FR).",
        "WKST" => Weekdays.Contains(value) ? null : "WKST must be a weekday (MO..SU).",
        _ => $"{name} is not an RRULE part.",
    };

    private static bool PositiveInteger(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0;

    private static bool IntegerList(string value, int min, int max, bool allowNegative) =>
        value.Split(',').All(item =>
            int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && (item.StartsWith('+') || char.IsDigit(item[0]) || allowNegative)
            && Math.Abs(number) >= min && Math.Abs(number) <= max
            && (number != 0 || min == 0));

    private static bool IsWeekdayNum(string item)
    {
        var match = WeekdayNumPattern().Match(item);
        if (!match.Success)
        {
            return false;
        }

        var ordinal = match.Groups[1].Value;
        return ordinal.Length == 0
            || (int.TryParse(ordinal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                && Math.Abs(number) is >= 1 and <= 53);
    }

    [GeneratedRegex(@"^\d{8}(T\d{6}Z?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UntilPattern();

    [GeneratedRegex(@"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayNumPattern();
}
