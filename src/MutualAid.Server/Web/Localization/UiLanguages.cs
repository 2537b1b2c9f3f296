using System.Collections.Frozen;
using System.Text.Json;
using MutualAid.Core.Validation;

namespace MutualAid.Server.Web.Localization;

/// <summary>
/// The interface translations, JSON files embedded in the assembly (one flat object of key → text per
/// language). JSON rather than .resx: translators edit one readable file, and missing keys are found by a test.
/// </summary>
public sealed class UiLanguages
{
    public const string Default = "en";

    /// <summary>Languages with a complete translation, in the order the switcher shows them.</summary>
    public static readonly IReadOnlyList<string> Supported = ["en", "es", "ar"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _catalog;

    public UiLanguages()
    {
        _catalog = Supported.ToFrozenDictionary(language => language, Load, StringComparer.OrdinalIgnoreCase);
    }

    public static bool IsRightToLeft(string language) =>
        LanguageTags.Primary(language) is "ar" or "he" or "fa" or "ur" or "ps" or "yi" or "dv" or "ckb";

    /// <summary>The key → text table of a language (for tests that check every key is translated).</summary>
    public IReadOnlyDictionary<string, string> Strings(string language) => _catalog[language];

    public UiText For(string language) =>
        new(_catalog.ContainsKey(language) ? language : Default, _catalog.GetValueOrDefault(language) ?? _catalog[Default], _catalog[Default]);

    /// <summary>The supported language for a tag like "es-MX", or null.</summary>
    public static string? Match(string? tag)
    {
        var primary = LanguageTags.Primary(tag);
        return primary.Length == 0 ? null : Supported.FirstOrDefault(s => s == primary);
    }

    private static FrozenDictionary<string, string> Load(string language)
    {
        var name = $"MutualAid.Server.Web.Localization.{language}.json";
        using var stream = typeof(UiLanguages).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The translation resource {name} is not embedded.");
        var strings = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The translation resource {name} is empty.");
        return strings.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
