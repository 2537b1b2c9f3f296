using System.Globalization;

namespace MutualAid.Core.Validation;

/// <summary>
/// One validation problem: a stable <see cref="Code"/> that clients and translations key on, the
/// <see cref="Arguments"/> its text needs (values as typed, limits), and the English <see cref="Text"/>
/// the API returns. Build them with <see cref="ValidationMessages"/>.
/// </summary>
public sealed record ValidationMessage(string Code, string Text, IReadOnlyList<string> Arguments)
{
    /// <summary>The code of messages written as free text (no translation exists; the text is shown as is).</summary>
    public const string FreeTextCode = "invalid";

    public static ValidationMessage FreeText(string text) => new(FreeTextCode, text, []);

    /// <summary>Fills a template's {0}, {1}... with the arguments (they are already invariant strings).</summary>
    public static string Fill(string template, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return string.Format(CultureInfo.InvariantCulture, template, [.. arguments]);
    }
}
