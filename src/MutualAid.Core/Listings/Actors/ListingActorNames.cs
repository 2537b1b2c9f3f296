using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MutualAid.Core.Listings.Actors;

/// <summary>
/// The names of followable listing actors (spec/vocabulary.md 4.2): username <c>{collective}.{actorSlug}</c>,
/// IRI <c>https://{domain}/actors/{username}</c>. Collective and listing slugs never contain '.', so a
/// username splits unambiguously at its first '.'.
/// </summary>
public static partial class ListingActorNames
{
    public const int MaxSlugLength = 64;

    /// <summary>A derived slug stays shorter than the maximum, leaving room for a "-2" suffix.</summary>
    private const int DerivedSlugLength = 48;

    /// <summary>
    /// Only <c>a-z 0-9 _ -</c>, starting and ending with a letter, digit or '_' so that
    /// <c>{collective}.{slug}</c> matches Mastodon's username rule <c>[a-z0-9_]+([.-]+[a-z0-9_]+)*</c>.
    /// </summary>
    public static bool IsValidSlug(string? slug) => slug is { Length: >= 1 and <= MaxSlugLength } && SlugPattern().IsMatch(slug);

    /// <summary>Mastodon's username rule (<c>Account::USERNAME_RE</c>), lower case as our names always are.</summary>
    public static bool IsMastodonUsername(string? username) => username is { Length: > 0 } && MastodonUsername().IsMatch(username);

    public static string Username(string collectiveSlug, string actorSlug) => $"{collectiveSlug}.{actorSlug}";

    public static string ActorIri(string domain, string username) => $"https://{domain.ToLowerInvariant()}/actors/{username}";

    /// <summary>Splits <c>collective.listing</c>; null when the name has no '.' or either part is empty.</summary>
    public static (string CollectiveSlug, string ActorSlug)? Split(string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        var dot = username.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == username.Length - 1)
        {
            return null;
        }

        return (username[..dot], username[(dot + 1)..]);
    }

    /// <summary>A slug from a title: diacritics dropped, anything else not allowed becomes '-'; "listing" if nothing is left.</summary>
    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '-');
        }

        var slug = Dashes().Replace(builder.ToString(), "-").Trim('-');
        if (slug.Length > DerivedSlugLength)
        {
            slug = slug[..DerivedSlugLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "listing" : slug;
    }

    [GeneratedRegex("^[a-z0-9_]+(-+[a-z0-9_]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z0-9_]+([.-]+[a-z0-9_]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex MastodonUsername();

    [GeneratedRegex("-{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Dashes();
}
