using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Server.Web.Localization;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>The search form (GET /search), short on the home page and with every filter on the results page.</summary>
public static class SearchForm
{
    public static H Render(DirectoryQuery query, UiText t, bool full, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(t);
        var kinds = Options(Enum.GetValues<ListingKind>().Select(k => (Param(k), t[ListingLinks.KindKey(k)])), query.Kind is { } kind ? Param(kind) : null, t["search.anyKind"]);
        var basic = H.Of($"""
            <div class="field grow"><label for="q">{t["search.what"]}</label>
            <input id="q" name="q" type="search" value="{query.Text}" placeholder="{t["search.placeholder"]}"></div>
            <div class="field"><label for="place">{t["search.near"]}</label>
            <input id="place" name="place" type="text" value="{query.Place}" placeholder="{t["search.placePlaceholder"]}" autocomplete="address-level2">{Error(errors, "place")}</div>
            <div class="field"><label for="kind">{t["search.kind"]}</label><select id="kind" name="kind">{kinds}</select></div>
            """);
        if (!full)
        {
            return H.Of($"<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\">{basic}<div class=\"field\"><button type=\"submit\">{t["search.submit"]}</button></div></form>");
        }

        var categories = Options(Enum.GetValues<Category>().Select(c => (ListingDetails.CategoryParam(c), CategoryVocabulary.Label(c, t.Language))),
            query.Category is { } category ? ListingDetails.CategoryParam(category) : null, t["search.anyCategory"]);
        var languages = Options(UiLanguages.Supported.Concat(["fr", "pt", "zh", "ja"]).Select(l => (l, Layout.LanguageName(l))), query.Language, t["search.anyLanguage"]);
        var urgencies = Options(Enum.GetValues<Urgency>().Select(u => (Param(u), t["urgency." + Param(u)])), query.MinUrgency is { } urgency ? Param(urgency) : null, t["search.anyUrgency"]);
        var sorts = Options(Enum.GetValues<DirectorySort>().Select(s => (Param(s), t["sort." + Param(s)])), Param(query.Sort), null);
        var radii = Options(new[] { 2, 5, 10, 25, 50, 100 }.Select(r => (r.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Format("search.km", r))),
            ((int)(query.RadiusKm ?? DirectoryQuery.DefaultRadiusKm)).ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        return H.Of($"""
            <form class="search" method="get" action="/search" role="search">
            {basic}
            <div class="field"><label for="radius">{t["search.radius"]}</label><select id="radius" name="radius">{radii}</select></div>
            <div class="field"><label for="category">{t["search.category"]}</label><select id="category" name="category">{categories}</select></div>
            <div class="field"><label for="language">{t["search.language"]}</label><select id="language" name="language">{languages}</select></div>
            <div class="field"><label for="urgency">{t["search.urgency"]}</label><select id="urgency" name="urgency">{urgencies}</select></div>
            <div class="field"><label for="sort">{t["search.sort"]}</label><select id="sort" name="sort">{sorts}</select>{Error(errors, "sort")}</div>
            <div class="field check"><input id="open" name="open" type="checkbox" value="now"{(query.OpenNow ? H.Trusted(" checked") : H.Empty)}><label for="open">{t["search.openNow"]}</label></div>
            <div class="field check"><input id="includeStale" name="includeStale" type="checkbox" value="true"{(query.IncludeStale ? H.Trusted(" checked") : H.Empty)}><label for="includeStale">{t["search.includeStale"]}</label></div>
            {(query.Actor is { } actor ? H.Of($"<input type=\"hidden\" name=\"actor\" value=\"{actor}\">") : H.Empty)}
            {(query.Collective is { } c ? H.Of($"<input type=\"hidden\" name=\"collective\" value=\"{c}\">") : H.Empty)}
            {(query.Instance is { } i ? H.Of($"<input type=\"hidden\" name=\"instance\" value=\"{i}\">") : H.Empty)}
            <div class="field"><button type="submit">{t["search.submit"]}</button></div>
            </form>
            """);
    }

    public static string Param<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static H Error(IReadOnlyDictionary<string, string[]>? errors, string field) =>
        errors is not null && errors.TryGetValue(field, out var messages)
            ? H.Of($"<p class=\"error\" id=\"{field}-error\">{string.Join(" ", messages)}</p>")
            : H.Empty;

    private static H Options(IEnumerable<(string Value, string Label)> options, string? selected, string? anyLabel)
    {
        var any = anyLabel is null ? H.Empty : H.Of($"<option value=\"\">{anyLabel}</option>");
        return H.Of($"{any}{options.Select(o => H.Of($"<option value=\"{o.Value}\"{(o.Value == selected ? H.Trusted(" selected") : H.Empty)}>{o.Label}</option>"))}");
    }
}
