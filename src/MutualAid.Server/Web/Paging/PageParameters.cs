using System.Globalization;
using MutualAid.Core.Paging;
using MutualAid.Core.Validation;

namespace MutualAid.Server.Web.Paging;

/// <summary>
/// <c>limit</c> and <c>cursor</c> of a keyset-paged list, the same names as the directory search uses, for pages
/// and API alike. A limit that is not a whole number gets the same coded (so translated) message as one out of range.
/// </summary>
public static class PageParameters
{
    public static PageRequest Read(Func<string, string?> query, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var limit = PageRequest.DefaultLimit;
        if (query("limit") is { } text && !string.IsNullOrWhiteSpace(text)
            && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit))
        {
            errors.Add("limit", ValidationMessages.Between(1, PageRequest.MaxLimit));
            limit = PageRequest.DefaultLimit;
        }

        var cursor = query("cursor");
        return new PageRequest(limit, string.IsNullOrWhiteSpace(cursor) ? null : cursor.Trim());
    }

    public static PageRequest Read(IQueryCollection query, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(name => query[name].FirstOrDefault(), errors);
    }
}
