using System.Text.RegularExpressions;

namespace MutualAid.Core.Validation;

public static partial class Slugs
{
    /// <summary>Lower-case letters, digits and single dashes; 2..64 characters; no leading or trailing dash.</summary>
    public static bool IsValid(string? slug) => slug is { Length: >= 2 and <= 64 } && Pattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
