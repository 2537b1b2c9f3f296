using System.Globalization;

namespace MutualAid.Server.Api;

/// <summary>Listing versions as strong ETags: <c>"3"</c>.</summary>
internal static class ETags
{
    public static string ForVersion(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version in an If-Match header; null when absent; throws for anything unparseable.</summary>
    public static int? ParseIfMatch(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return int.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new Core.Validation.ValidationFailedException("If-Match", "Must be the ETag of the listing version you edited, e.g. \"3\".");
    }
}
