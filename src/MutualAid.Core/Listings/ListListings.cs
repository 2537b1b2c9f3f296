using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Listings.Views;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Listings;

/// <summary>
/// Pages through a collective's listings, newest first. The cursor is opaque (the last row seen), so pages
/// stay stable while listings are added, unlike offset paging.
/// </summary>
public sealed class ListListings(MutualAidDbContext db, CollectiveAccess access)
{
    public async Task<ListingPage> ExecuteAsync(long? userId, string collectiveSlug, ListingFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var errors = new ValidationErrors();
        var after = CheckFilter(filter, errors);
        errors.ThrowIfAny();

        var collective = await access.FindAsync(collectiveSlug, cancellationToken);
        var isMember = await access.IsMemberAsync(userId, collective.Id, cancellationToken);

        var query = db.Listings.AsNoTracking().Where(l => l.CollectiveId == collective.Id);
        if (!isMember)
        {
            query = query.Where(l => l.Visibility == ListingVisibility.Public);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(l => l.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(l => l.Status == status);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(l => l.Categories.Contains(category));
        }

        if (!string.IsNullOrWhiteSpace(filter.Language))
        {
            var language = filter.Language.Trim();
            var prefix = language + "-";
            query = query.Where(l => l.Language == language || l.Language.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var text = filter.Query.Trim().ToLower(CultureInfo.InvariantCulture);
            query = query.Where(l => l.Title.ToLower().Contains(text) || l.Body.ToLower().Contains(text));
        }

        if (after is { } lastId)
        {
            query = query.Where(l => l.Id < lastId);
        }

        var rows = await query.OrderByDescending(l => l.Id).Take(filter.Limit + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > filter.Limit;
        var page = rows.Take(filter.Limit).ToList();
        var next = hasMore ? EncodeCursor(page[^1].Id) : null;
        return new ListingPage(page.Select(l => ListingView.From(l, collective.Slug)).ToList(), next);
    }

    /// <summary>Adds errors for an out-of-range limit or a foreign cursor; returns the decoded cursor.</summary>
    public static long? CheckFilter(ListingFilter filter, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(errors);
        if (filter.Limit is < 1 or > ListingFilter.MaxLimit)
        {
            errors.Add("limit", $"Must be between 1 and {ListingFilter.MaxLimit}.");
        }

        if (filter.Cursor is null)
        {
            return null;
        }

        var after = DecodeCursor(filter.Cursor);
        if (after is null)
        {
            errors.Add("cursor", "Not a cursor returned by this API.");
        }

        return after;
    }

    private static string EncodeCursor(long id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes("l:" + id.ToString(CultureInfo.InvariantCulture)));

    private static long? DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith("l:", StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
