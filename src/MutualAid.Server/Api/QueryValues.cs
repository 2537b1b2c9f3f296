using System.Globalization;
using System.Text.Json;
using MutualAid.Core.Serialization;
using MutualAid.Core.Validation;

namespace MutualAid.Server.Api;

/// <summary>Parses query-string values with the API's JSON spelling, recording field errors instead of throwing.</summary>
internal static class QueryValues
{
    public static TEnum? Enum<TEnum>(string? value, string field, ValidationErrors errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(value), MutualAidJson.Options);
        }
        catch (JsonException)
        {
            var allowed = System.Enum.GetValues<TEnum>().Select(v => JsonSerializer.Serialize(v, MutualAidJson.Options).Trim('"'));
            errors.Add(field, $"'{value}' is not one of: {string.Join(", ", allowed)}.");
            return null;
        }
    }

    public static int? Integer(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(field, $"'{value}' is not a whole number.");
        return null;
    }
}
