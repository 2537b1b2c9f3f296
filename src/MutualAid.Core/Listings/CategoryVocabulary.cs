using System.Collections.Frozen;

namespace MutualAid.Core.Listings;

/// <summary>
/// Translations of the category vocabulary. The stored value is the enum; labels are looked up by
/// language so a listing written in Spanish shows "Vivienda" to Spanish readers and "Housing" to others.
/// </summary>
public static class CategoryVocabulary
{
    private static readonly FrozenDictionary<string, string[]> Labels = new Dictionary<string, string[]>
    {
        // Order follows the Category enum.
        ["en"] = ["Food", "Housing", "Medical", "Legal", "Bail", "Strike", "Disaster relief", "Transport", "Childcare", "Savings", "Mental health", "Education", "Other"],
        ["es"] = ["Alimentos", "Vivienda", "Salud", "Legal", "Fianzas", "Huelga", "Desastres", "Transporte", "Cuidado infantil", "Ahorro", "Salud mental", "Educación", "Otro"],
        ["ar"] = ["طعام", "سكن", "رعاية طبية", "قانوني", "كفالة", "إضراب", "كوارث", "نقل", "رعاية الأطفال", "ادخار", "صحة نفسية", "تعليم", "أخرى"],
        ["fr"] = ["Alimentation", "Logement", "Santé", "Juridique", "Caution", "Grève", "Catastrophes", "Transport", "Garde d'enfants", "Épargne", "Santé mentale", "Éducation", "Autre"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Languages => Labels.Keys;

    /// <summary>The label in the language (or its base language), falling back to English.</summary>
    public static string Label(Category category, string? language)
    {
        var labels = Lookup(language) ?? Labels["en"];
        return labels[(int)category];
    }

    private static string[]? Lookup(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return null;
        }

        if (Labels.TryGetValue(language, out var exact))
        {
            return exact;
        }

        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Labels.TryGetValue(language[..dash], out var baseLanguage) ? baseLanguage : null;
    }
}
