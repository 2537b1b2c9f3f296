using MutualAid.Core.Validation;

namespace MutualAid.Core.Listings.Writing;

/// <summary>Small checks shared by the listing readers; each records an error under the field's JSON path.</summary>
internal static class FieldChecks
{
    public static string? RequiredText(string? value, string field, int maxLength, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Required.");
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
            errors.Add(field, $"At most {maxLength} characters.");
        }

        return trimmed;
    }

    public static decimal? Amount(decimal? value, string field, ValidationErrors errors, bool required, bool allowZero)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, "Required.");
            }

            return null;
        }

        if (value < 0 || (!allowZero && value == 0))
        {
            errors.Add(field, allowZero ? "Must be zero or more." : "Must be greater than zero.");
        }
        else if (decimal.Round(value.Value, 4) != value.Value)
        {
            errors.Add(field, "At most 4 decimal places.");
        }
        else if (value > 1_000_000_000_000m)
        {
            errors.Add(field, "Too large.");
        }

        return value;
    }

    public static int? Integer(int? value, string field, int min, int max, ValidationErrors errors)
    {
        if (value is null)
        {
            errors.Add(field, "Required.");
            return null;
        }

        if (value < min || value > max)
        {
            errors.Add(field, $"Must be between {min} and {max}.");
        }

        return value;
    }

    public static string? Currency(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Required (an ISO 4217 code such as USD, MXN, EUR).");
            return null;
        }

        var code = value.Trim().ToUpperInvariant();
        if (!Currencies.IsKnown(code))
        {
            errors.Add(field, $"'{value}' is not an ISO 4217 currency code.");
        }

        return code;
    }

    public static string? Url(string? value, string field, ValidationErrors errors)
    {
        var trimmed = OptionalText(value, field, 2048, errors);
        if (trimmed is not null && !WebAddresses.IsHttpUrl(trimmed))
        {
            errors.Add(field, "Must be an absolute http(s) URL.");
        }

        return trimmed;
    }

    public static T Required<T>(T? value, string field, ValidationErrors errors)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(field, "Required.");
            return default;
        }

        return value.Value;
    }
}
