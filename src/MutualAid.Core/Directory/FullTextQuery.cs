using System.Globalization;
using System.Text;
using MutualAid.Core.Listings;

namespace MutualAid.Core.Directory;

/// <summary>
/// What a person typed, split for the two full-text indexes. Words in space-separated scripts go to the
/// word index as prefix terms (so "vivien" finds "vivienda"); runs of a script written without spaces
/// (Chinese, Japanese, Thai, Khmer, ...) go to the trigram index as substrings. A word that is a category
/// label in any language also matches listings in that category, so "vivienda" finds housing listings
/// written in English.
/// </summary>
public sealed class FullTextQuery
{
    private const int MaxTerms = 12;

    private FullTextQuery(string? wordMatch, IReadOnlyList<string> substrings)
    {
        WordMatch = wordMatch;
        Substrings = substrings;
    }

    /// <summary>An FTS5 MATCH expression for the unicode61 index, or null when there are no such words.</summary>
    public string? WordMatch { get; }

    /// <summary>Substrings every hit must contain (script without spaces); those of 3+ characters use the trigram index.</summary>
    public IReadOnlyList<string> Substrings { get; }

    public bool IsEmpty => WordMatch is null && Substrings.Count == 0;

    public static FullTextQuery Parse(string? text, Category? category = null)
    {
        var categoryTerm = category is { } only ? $"Categories : \"{only.ToString().ToLowerInvariant()}\"" : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new FullTextQuery(categoryTerm, []);
        }

        var words = new List<string>();
        var substrings = new List<string>();
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count + substrings.Count >= MaxTerms)
            {
                break;
            }

            foreach (var (run, unspaced) in SplitByScript(raw))
            {
                var term = run.Trim('"', '*', '(', ')', '^', ':', '+', '-', '.', ',', ';', '!', '?', '#', '\'');
                if (term.Length == 0)
                {
                    continue;
                }

                (unspaced ? substrings : words).Add(term);
            }
        }

        var terms = words.Select(WordTerm).Append(categoryTerm).OfType<string>().ToList();
        return new FullTextQuery(terms.Count == 0 ? null : string.Join(' ', terms), substrings);
    }

    /// <summary>Whether the character belongs to a script written without spaces between words.</summary>
    public static bool IsUnspacedScript(char c) => c switch
    {
        >= '\u0E00' and <= '\u0EFF' => true, // Thai, Lao
        >= '\u0F00' and <= '\u0FFF' => true, // Tibetan
        >= '\u1000' and <= '\u109F' => true, // Myanmar
        >= '\u1780' and <= '\u17FF' => true, // Khmer
        >= '\u3040' and <= '\u30FF' => true, // Hiragana, Katakana
        >= '\u3400' and <= '\u4DBF' => true, // CJK extension A
        >= '\u4E00' and <= '\u9FFF' => true, // CJK unified ideographs
        >= '\uAC00' and <= '\uD7AF' => true, // Hangul syllables (particles attach to words, so substrings work better)
        >= '\uF900' and <= '\uFAFF' => true, // CJK compatibility ideographs
        _ => false,
    };

    private static IEnumerable<(string Run, bool Unspaced)> SplitByScript(string word)
    {
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || IsUnspacedScript(word[i]) != IsUnspacedScript(word[start]))
            {
                yield return (word[start..i], IsUnspacedScript(word[start]));
                start = i;
            }
        }
    }

    private static string WordTerm(string word)
    {
        var quoted = "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*";
        return CategoryFor(word) is { } category
            ? $"({quoted} OR Categories : \"{category.ToString().ToLowerInvariant()}\")"
            : quoted;
    }

    private static Category? CategoryFor(string word)
    {
        var folded = Fold(word);
        foreach (var category in Enum.GetValues<Category>())
        {
            if (Fold(category.ToString()) == folded)
            {
                return category;
            }

            foreach (var language in CategoryVocabulary.Languages)
            {
                if (Fold(CategoryVocabulary.Label(category, language)) == folded)
                {
                    return category;
                }
            }
        }

        return null;
    }

    /// <summary>Lower case without diacritics, as unicode61 remove_diacritics folds them.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
