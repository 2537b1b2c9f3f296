using MutualAid.Core.Validation;

namespace MutualAid.Core.Listings.Writing;

/// <summary>Small checks shared by the listing readers; each records an error under the field's JSON path.</summary>
internal static class FieldChecks
{
    public static string? RequiredText(string? value, string field, int maxLength, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, ValidationMessages.Required());
            return null;
        }

        return OptionalText(value, field, maxLength, errors);
    }

    public static string? OptionalText(string? value, string field, int maxLength, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            errors.Add(field, ValidationMessages.TooLong(maxLength));
        }

        return trimmed;
    }

    public static decimal? Amount(decimal? value, string field, ValidationErrors errors, bool required, bool allowZero)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, ValidationMessages.Required());
            }

            return null;
        }

        if (value < 0 || (!allowZero && value == 0))
        {
            errors.Add(field, allowZero ? ValidationMessages.NotNegative() : ValidationMessages.Positive());
        }
        else if (decimal.Round(value.Value, 4) != value.Value)
        {
            errors.Add(field, ValidationMessages.DecimalPlaces(4));
        }
        else if (value > 1_000_000_000_000m)
        {
            errors.Add(field, ValidationMessages.TooLarge());
        }

        return value;
    }

    public static int? Integer(int? value, string field, int min, int max, ValidationErrors errors)
    {
        if (value is null)
        {
            errors.Add(field, ValidationMessages.Required());
            return null;
        }

        if (value < min || value > max)
        {
            errors.Add(field, ValidationMessages.Between(min, max));
        }

        return value;
    }

    public static string? Currency(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, ValidationMessages.CurrencyRequired());
            return null;
        }

        var code = value.Trim().ToUpperInvariant();
        if (!Currencies.IsKnown(code))
        {
            errors.Add(field, ValidationMessages.CurrencyUnknown(value));
        }

        return code;
    }

    public static string? Url(string? value, string field, ValidationErrors errors)
    {
        var trimmed = OptionalText(value, field, 2048, errors);
        if (trimmed is not null && !WebAddresses.IsHttpUrl(trimmed))
        {
            errors.Add(field, ValidationMessages.WebAddress());
        }

        return trimmed;
    }

    public static T Required<T>(T? value, string field, ValidationErrors errors)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(field, ValidationMessages.Required());
            return default;
        }

        return value.Value;
    }
}
