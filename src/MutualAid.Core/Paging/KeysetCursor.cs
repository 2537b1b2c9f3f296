using System.Buffers.Text;
using System.Text;

namespace MutualAid.Core.Paging;

/// <summary>
/// Opaque keyset position: the sort key of the last row shown (going forward) or of the first (going back),
/// encoded like the search's <see cref="Directory.DirectoryCursor"/> (base64url of a prefixed text) so clients
/// see one kind of cursor. Unlike an offset it stays put when rows are added or removed before it.
/// The prefix names the list a cursor belongs to, so one list's cursor is refused by another.
/// </summary>
public sealed record KeysetCursor(bool Backward, IReadOnlyList<string> Key)
{
    // A line feed cannot occur in a domain, an actor IRI or a number, so it separates key parts unambiguously.
    private const char Separator = '\n';

    public string Encode(string list)
    {
        ArgumentException.ThrowIfNullOrEmpty(list);
        var text = $"{list}:{(Backward ? 'b' : 'a')}{Separator}{string.Join(Separator, Key)}";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The cursor, or null when <paramref name="cursor"/> is not one this list encoded with <paramref name="parts"/> key parts.</summary>
    public static KeysetCursor? Decode(string list, string cursor, int parts)
    {
        ArgumentException.ThrowIfNullOrEmpty(list);
        ArgumentNullException.ThrowIfNull(cursor);
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }

        var fields = text.Split(Separator);
        if (fields.Length != parts + 1 || fields[1..].Any(string.IsNullOrEmpty))
        {
            return null;
        }

        return fields[0] == list + ":a" ? new KeysetCursor(false, fields[1..])
            : fields[0] == list + ":b" ? new KeysetCursor(true, fields[1..])
            : null;
    }
}
