using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Wording;

/// <summary>
/// The fixed words of one language and the culture its numbers and dates are written in. The culture is always
/// passed explicitly: federation runs in workers and endpoints whose current culture is nobody's language.
/// </summary>
public sealed class NoteWording
{
    // First-strong isolate … pop directional isolate (Unicode bidi): an amount, a time range or a Latin name
    // inside Arabic text keeps its own order ("17:00–21:00" does not become "21:00–17:00").
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    private readonly FrozenDictionary<string, string> _strings;
    private readonly FrozenDictionary<string, string> _english;

    internal NoteWording(string language, FrozenDictionary<string, string> strings, FrozenDictionary<string, string> english)
    {
        Language = language;
        _strings = strings;
        _english = english;
        Culture = CultureInfo.GetCultureInfo(language);
        IsRightToLeft = Culture.TextInfo.IsRightToLeft;
    }

    /// <summary>The shipped language whose words these are (en, es or ar), not necessarily the listing's own tag.</summary>
    public string Language { get; }

    /// <summary>Numbers keep Latin digits with the language's separators, as the web pages write them.</summary>
    public CultureInfo Culture { get; }

    public bool IsRightToLeft { get; }

    internal IReadOnlyDictionary<string, string> Strings => _strings;

    /// <summary>A fixed text; a key a translation lacks reads in English, a key English lacks is a bug.</summary>
    public string this[string key] =>
        _strings.TryGetValue(key, out var text) ? text
        : _english.TryGetValue(key, out var fallback) ? fallback
        : throw new KeyNotFoundException($"The federation wording '{key}' is missing from en.json.");

    /// <summary>
    /// A template filled in this language's culture; in right-to-left languages each value not itself written in a
    /// right-to-left script is isolated.
    /// </summary>
    public string Format(string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return string.Format(Culture, this[key], [.. args.Select(Value)]);
    }

    /// <summary>
    /// A template whose own words are HTML-encoded around values that are already HTML (a mention, a link):
    /// the translator's text can never inject markup.
    /// </summary>
    public string FormatHtml(string key, params string[] htmlArgs)
    {
        ArgumentNullException.ThrowIfNull(htmlArgs);
        var template = this[key];
        var html = new StringBuilder();
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0 || !int.TryParse(template.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                html.Append(HtmlText.Escape(template[at..]));
                break;
            }

            html.Append(HtmlText.Escape(template[at..open]));
            html.Append(Isolated(htmlArgs[index]));
            at = close + 1;
        }

        return html.ToString();
    }

    public string Number(decimal value, string pattern) => value.ToString(pattern, Culture);

    /// <summary>"1,200.00 EUR" in English, "1.200,00 EUR" in Spanish, "1٬200٫00 EUR" in Arabic.</summary>
    public string Money(decimal amount, string currency) => Number(amount, "#,0.00") + " " + currency;

    public string Percent(int percent) => Format("format.percent", percent);

    /// <summary>A calendar date in UTC, in the language's own pattern.</summary>
    public string Date(DateTimeOffset at) => at.UtcDateTime.ToString(this["format.date"], Culture);

    /// <summary>A date and time in UTC (the Note is read across time zones; the zone is said).</summary>
    public string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString(this["format.dateTime"], Culture);

    public string Time(TimeOnly time) => time.ToString("HH:mm", Culture);

    /// <summary>Items joined with the language's comma ("، " in Arabic).</summary>
    public string List(IEnumerable<string> items) => string.Join(this["format.listSeparator"], items);

    /// <summary>Short day names, Sunday first, as <see cref="DateTimeFormatInfo.AbbreviatedDayNames"/>.</summary>
    public IReadOnlyList<string> DayNames => Culture.DateTimeFormat.AbbreviatedDayNames;

    private string Value(object? arg)
    {
        var text = arg is IFormattable formattable ? formattable.ToString(null, Culture) : arg?.ToString() ?? "";
        return Isolated(text);
    }

    /// <summary>
    /// Values written in a right-to-left script already read in the sentence's direction and stay as they are
    /// (fewer invisible characters for search and copy); anything else, digits included, is isolated.
    /// </summary>
    private string Isolated(string text) =>
        IsRightToLeft && text.Length > 0 && !text.Any(IsRightToLeftLetter) ? FirstStrongIsolate + text + PopDirectionalIsolate : text;

    private static bool IsRightToLeftLetter(char c) => char.IsLetter(c) && c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFEFF');
}
