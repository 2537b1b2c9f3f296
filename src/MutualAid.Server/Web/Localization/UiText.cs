using System.Collections.Frozen;
using System.Globalization;

namespace MutualAid.Server.Web.Localization;

/// <summary>The interface strings of one language, falling back to English for any key not translated yet.</summary>
public sealed class UiText(string language, FrozenDictionary<string, string> strings, FrozenDictionary<string, string> english)
{
    public string Language { get; } = language;

    /// <summary>Arabic (and other right-to-left scripts) flip the layout with dir="rtl".</summary>
    public bool IsRightToLeft => UiLanguages.IsRightToLeft(Language);

    public string Direction => IsRightToLeft ? "rtl" : "ltr";

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public string this[string key] =>
        strings.TryGetValue(key, out var text) ? text
        : english.TryGetValue(key, out var fallback) ? fallback
        : throw new KeyNotFoundException($"The UI string '{key}' is missing from en.json.");

    public bool Has(string key) => strings.ContainsKey(key) || english.ContainsKey(key);

    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);
}
