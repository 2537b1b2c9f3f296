namespace MutualAid.Core.Paging;

/// <summary>
/// One page of a keyset-paged list in its stable order. Pass <see cref="NextCursor"/> (null on the last page)
/// or <see cref="PreviousCursor"/> (null on the first) back as <c>cursor</c> to move.
/// </summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextCursor, string? PreviousCursor)
{
    /// <summary>
    /// Cuts a page from <paramref name="fetched"/>: up to <c>limit + 1</c> rows read from the cursor in the
    /// direction it points (in reverse list order when going back), the extra row telling whether more follow.
    /// </summary>
    public static KeysetPage<T> Cut(IReadOnlyList<T> fetched, int limit, KeysetCursor? cursor, string list, Func<T, IReadOnlyList<string>> key)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentNullException.ThrowIfNull(key);
        var more = fetched.Count > limit;
        var items = fetched.Take(limit).ToList();
        if (cursor is { Backward: true })
        {
            items.Reverse();
        }

        if (items.Count == 0)
        {
            return new KeysetPage<T>(items, null, null);
        }

        var after = new KeysetCursor(false, key(items[^1])).Encode(list);
        var before = new KeysetCursor(true, key(items[0])).Encode(list);
        return cursor switch
        {
            null => new KeysetPage<T>(items, more ? after : null, null),
            { Backward: false } => new KeysetPage<T>(items, more ? after : null, before),
            // Going back, the rows after this page are the ones we came from.
            _ => new KeysetPage<T>(items, after, more ? before : null),
        };
    }
}
