using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace MutualAid.Core.Directory;

/// <summary>
/// Opaque paging position. Directory results are sorted by relevance-like keys (distance, urgency) that
/// have no stable keyset, so the cursor carries an offset; it is opaque so that can change later.
/// </summary>
public static class DirectoryCursor
{
    private const string Prefix = "d:";

    public static string Encode(int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static int? Decode(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
