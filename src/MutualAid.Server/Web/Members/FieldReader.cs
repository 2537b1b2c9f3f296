using System.Globalization;
using MutualAid.Core.Listings.Input;
using MutualAid.Core.Validation;
using MutualAid.Server.Api;

namespace MutualAid.Server.Web.Members;

/// <summary>Reads typed values from submitted form fields, recording "not a number" and the like per field.</summary>
internal sealed class FieldReader(IReadOnlyDictionary<string, string> fields, ValidationErrors errors)
{
    public string? Text(string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public List<string> List(string name) =>
        (Text(name) ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public bool Flag(string name) => Text(name) is "true" or "on" or "1";

    public TEnum? Enum<TEnum>(string name)
        where TEnum : struct, System.Enum => QueryValues.Enum<TEnum>(Text(name), name, errors);

    public decimal? Decimal(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(name, ValidationMessages.NotANumber());
        return null;
    }

    public double? Double(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(name, ValidationMessages.NotANumber());
        return null;
    }

    public int? Integer(string name) => QueryValues.Integer(Text(name), name, errors);

    /// <summary>A date and time from a datetime-local field, read as UTC (the form says so).</summary>
    public DateTimeOffset? Time(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
        {
            return new DateTimeOffset(value, TimeSpan.Zero);
        }

        errors.Add(name, ValidationMessages.NotADateTime());
        return null;
    }

    public ScheduleInput? Schedule(string prefix)
    {
        var recurrence = Text(prefix + ".recurrence");
        var opens = Text(prefix + ".opens");
        var closes = Text(prefix + ".closes");
        var zone = Text(prefix + ".timeZone");
        return recurrence is null && opens is null && closes is null && zone is null
            ? null
            : new ScheduleInput { Recurrence = recurrence, Opens = opens, Closes = closes, TimeZone = zone };
    }
}
