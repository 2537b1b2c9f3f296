using Microsoft.Extensions.Options;
using MutualAid.Core.Directory;
using MutualAid.Federation.Instances;
using MutualAid.Server.Web.Localization;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>
/// "3 listings from instances that have not answered for 3 days are hidden. Show them": what a search left out
/// because the listings' instances went quiet (docs/adr/0003-stale-listings.md), and the same search with
/// includeStale=true. Said only when the search counted some (see <see cref="DirectoryPage.HiddenStale"/>).
/// </summary>
public static class HiddenStaleNotice
{
    /// <summary>The sentence, or null when nothing was hidden.</summary>
    public static string? Sentence(DirectoryPage results, UiText t, IOptions<InstanceWatchOptions> watch)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(watch);
        if (results.HiddenStale is not { } hidden)
        {
            return null;
        }

        var days = Math.Max(1, (int)Math.Round(watch.Value.StaleAfter.TotalDays));
        return results.HiddenStaleCapped == true ? t.Format("search.hiddenStaleMore", hidden, days)
            : hidden == 1 ? t.Format("search.hiddenStaleOne", days)
            : t.Format("search.hiddenStaleMany", hidden, days);
    }

    /// <summary>The same search (first page) with the stale listings back in.</summary>
    public static string ShowPath(string path, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rest = SearchParameters.With(query, null, "includeStale");
        return path + (rest.Length == 0 ? "?" : rest + "&") + "includeStale=true";
    }

    public static H Render(DirectoryPage results, UiText t, IOptions<InstanceWatchOptions> watch, IQueryCollection query) =>
        Sentence(results, t, watch) is { } sentence
            ? H.Of($"<p class=\"notice\" role=\"note\">{sentence} <a href=\"{ShowPath("/search", query)}\">{t["search.hiddenStaleShow"]}</a></p>")
            : H.Empty;
}
