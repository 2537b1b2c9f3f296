using System.Text;

namespace MutualAid.Federation.Conversion;

/// <summary>
/// Escapes text for the HTML of what we federate (Note content, profile fields). Only the five characters that
/// matter in text and quoted attributes are escaped: <c>WebUtility.HtmlEncode</c> also turned every Latin-1 letter
/// (á, é, ñ, ü, ¿) into a numeric entity, which bloated Spanish posts and made them unreadable in raw JSON.
/// </summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
