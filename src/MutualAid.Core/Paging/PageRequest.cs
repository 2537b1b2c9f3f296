using MutualAid.Core.Validation;

namespace MutualAid.Core.Paging;

/// <summary>
/// Which page of a keyset-paged list to show: how many rows and the cursor from a previous page's
/// <c>nextCursor</c> or <c>previousCursor</c> (none for the first page).
/// </summary>
public sealed record PageRequest(int Limit = PageRequest.DefaultLimit, string? Cursor = null)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Checks the limit and decodes the cursor of <paramref name="list"/>; throws <see cref="ValidationFailedException"/> (400) when either is bad.</summary>
    public KeysetCursor? Check(string list, int keyParts)
    {
        var errors = new ValidationErrors();
        if (Limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", ValidationMessages.Between(1, MaxLimit));
        }

        KeysetCursor? cursor = null;
        if (Cursor is not null && (cursor = KeysetCursor.Decode(list, Cursor, keyParts)) is null)
        {
            errors.Add("cursor", ValidationMessages.CursorInvalid());
        }

        errors.ThrowIfAny();
        return cursor;
    }
}
