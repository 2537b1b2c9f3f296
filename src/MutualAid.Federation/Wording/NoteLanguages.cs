using System.Collections.Frozen;
using System.Text.Json;
using MutualAid.Core.Validation;

namespace MutualAid.Federation.Wording;

/// <summary>
/// The fixed words of what we federate (listing Notes, news Notes, listing-actor profiles), one embedded JSON
/// file per language we ship, as for the web interface. Kept apart from the web's translations because the
/// Federation project does not know the server, and because a Note speaks the listing's language, not the
/// visitor's. Loaded once: the catalogue is small and the same for every request.
/// </summary>
public static class NoteLanguages
{
    public const string Default = "en";

    /// <summary>Languages whose listings federate with translated fixed words; the web interface ships the same three.</summary>
    public static readonly IReadOnlyList<string> Supported = ["en", "es", "ar"];

    private static readonly Lazy<FrozenDictionary<string, NoteWording>> Catalogue = new(Load);

    /// <summary>
    /// The wording for a listing language: its primary subtag when we ship it ("es-MX" reads Spanish), else
    /// English. The Note's <c>contentMap</c> stays keyed by the listing's own language either way.
    /// </summary>
    public static NoteWording For(string? language)
    {
        return Catalogue.Value.TryGetValue(LanguageTags.Primary(language), out var wording) ? wording : Catalogue.Value[Default];
    }

    /// <summary>The key → text table of a shipped language (for the test that every key is translated).</summary>
    public static IReadOnlyDictionary<string, string> Strings(string language) => Catalogue.Value[language].Strings;

    private static FrozenDictionary<string, NoteWording> Load()
    {
        var english = Read(Default);
        return Supported.ToFrozenDictionary(
            language => language,
            language => new NoteWording(language, language == Default ? english : Read(language), english),
            StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, string> Read(string language)
    {
        var name = $"MutualAid.Federation.Wording.{language}.json";
        using var stream = typeof(NoteLanguages).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The federation wording resource {name} is not embedded.");
        var strings = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The federation wording resource {name} is empty.");
        return strings.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
