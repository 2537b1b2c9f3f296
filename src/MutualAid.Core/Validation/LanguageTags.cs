using System.Text.RegularExpressions;

namespace MutualAid.Core.Validation;

/// <summary>BCP 47 well-formedness for the tags people actually use (language, script, region, variants).</summary>
public static partial class LanguageTags
{
    public static bool IsWellFormed(string? tag) => tag is { Length: > 0 and <= 35 } && Pattern().IsMatch(tag);

    /// <summary>The primary language subtag, lower case: "es" for "es-MX" (or the common "es_MX"); "" for none.</summary>
    public static string Primary(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? "" : tag.Trim().Split('-', '_')[0].ToLowerInvariant();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
