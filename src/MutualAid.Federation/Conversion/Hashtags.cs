using System.Globalization;
using System.Text;
using MutualAid.Core.Listings;

namespace MutualAid.Federation.Conversion;

/// <summary>The kind tag, one tag per category, then the collective's own tags (vocabulary section 8).</summary>
public static class Hashtags
{
    public static IReadOnlyList<string> For(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var tags = new List<string>
        {
            listing.Kind == ListingKind.SavingsCircle ? "SavingsCircle" : "MutualAid" + listing.Kind,
        };
        tags.AddRange(listing.Categories.Select(c => "MutualAid" + c));
        tags.AddRange(listing.Tags.Select(Clean).Where(t => t.Length > 0));
        return tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Mastodon's rule: letters, digits and '_' only.</summary>
    public static string Clean(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var builder = new StringBuilder();
        var upperNext = false;
        foreach (var c in tag.TrimStart('#'))
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                builder.Append(upperNext ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        return builder.ToString();
    }
}
