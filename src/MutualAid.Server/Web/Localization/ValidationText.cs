using MutualAid.Core.Validation;

namespace MutualAid.Server.Web.Localization;

/// <summary>
/// Validation messages in the page's language: a coded message uses <c>validation.{code}</c> from the
/// language files, filled with its arguments; a message written as free text is shown as written.
/// </summary>
public static class ValidationText
{
    public const string KeyPrefix = "validation.";

    public static IReadOnlyDictionary<string, string[]> In(UiText text, IReadOnlyDictionary<string, ValidationMessage[]> messages)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(messages);
        return messages.ToDictionary(pair => pair.Key, pair => pair.Value.Select(m => In(text, m)).ToArray(), StringComparer.Ordinal);
    }

    public static string In(UiText text, ValidationMessage message)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(message);
        var key = KeyPrefix + message.Code;
        return message.Code != ValidationMessage.FreeTextCode && text.Has(key) ? ValidationMessage.Fill(text[key], message.Arguments) : message.Text;
    }
}
