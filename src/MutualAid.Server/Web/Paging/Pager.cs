using MutualAid.Server.Web.Localization;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Paging;

/// <summary>
/// "Previous page" / "Next page" links of a keyset-paged page: plain links carrying the page's other query
/// parameters and the cursor, so they work without JavaScript; rel=prev and rel=next for assistive tools.
/// </summary>
public static class Pager
{
    public static H Render(UiText t, string path, IQueryCollection query, string? previousCursor, string? nextCursor, params string[] drop)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(query);
        if (previousCursor is null && nextCursor is null)
        {
            return H.Empty;
        }

        var previous = previousCursor is null
            ? H.Empty
            : H.Of($"<a rel=\"prev\" href=\"{path}{SearchParameters.With(query, previousCursor, drop)}\">{t["paging.previous"]}</a>");
        var next = nextCursor is null
            ? H.Empty
            : H.Of($"<a rel=\"next\" href=\"{path}{SearchParameters.With(query, nextCursor, drop)}\">{t["paging.next"]}</a>");
        return H.Of($"<nav class=\"pager\" aria-label=\"{t["paging.label"]}\">{previous} {next}</nav>");
    }

    /// <summary>An RFC 8288 Link header value for the API twin (absent links are left out; null when there are none).</summary>
    public static string? LinkHeader(HttpRequest request, string? previousCursor, string? nextCursor)
    {
        ArgumentNullException.ThrowIfNull(request);
        var links = new List<string>(2);
        if (nextCursor is not null)
        {
            links.Add($"<{request.PathBase}{request.Path}{SearchParameters.With(request.Query, nextCursor)}>; rel=\"next\"");
        }

        if (previousCursor is not null)
        {
            links.Add($"<{request.PathBase}{request.Path}{SearchParameters.With(request.Query, previousCursor)}>; rel=\"prev\"");
        }

        return links.Count == 0 ? null : string.Join(", ", links);
    }
}
