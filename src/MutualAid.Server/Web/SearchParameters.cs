using System.Globalization;
using MutualAid.Core.Directory;
using MutualAid.Core.Geography;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Core.Validation;
using MutualAid.Server.Api;

namespace MutualAid.Server.Web;

/// <summary>
/// The query string of a directory search, the same for the HTML page, the JSON API and the Atom feed:
/// <c>q kind category status language collective instance origin actor includeStale place lat lon radius open urgency sort limit cursor</c>.
/// (<c>lang</c> is not here: it switches the interface language.)
/// </summary>
public static class SearchParameters
{
    public static DirectoryQuery Read(IQueryCollection query, ValidationErrors errors, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(name => query[name], errors, limit);
    }

    public static DirectoryQuery Read(Func<string, string?> query, ValidationErrors errors, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var latitude = Number(query("lat"), "lat", errors);
        var longitude = Number(query("lon"), "lon", errors);
        if ((latitude is null) != (longitude is null))
        {
            errors.Add("lat", ValidationMessages.PointIncomplete());
        }

        var open = query("open");
        return new DirectoryQuery
        {
            Text = Optional(query("q")),
            Kind = QueryValues.Enum<ListingKind>(query("kind"), "kind", errors),
            Category = QueryValues.Enum<Category>(query("category"), "category", errors),
            Status = QueryValues.Enum<ListingStatus>(query("status"), "status", errors),
            Language = Optional(query("language")),
            Collective = Optional(query("collective")),
            Instance = Optional(query("instance")),
            Origin = QueryValues.Enum<OriginKind>(query("origin"), "origin", errors),
            Actor = Optional(query("actor")),
            IncludeStale = query("includeStale") is "true" or "1" or "on",
            Near = latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null,
            Place = Optional(query("place")),
            RadiusKm = Number(query("radius"), "radius", errors),
            OpenNow = open is "now" or "true" or "1" or "on",
            MinUrgency = QueryValues.Enum<Urgency>(query("urgency"), "urgency", errors),
            Sort = QueryValues.Enum<DirectorySort>(query("sort"), "sort", errors) ?? DirectorySort.Newest,
            Limit = limit ?? QueryValues.Integer(query("limit"), "limit", errors) ?? DirectoryQuery.DefaultLimit,
            Cursor = Optional(query("cursor")),
        };
    }

    /// <summary>The same search with another cursor (or without one), for "next page" links and feeds.</summary>
    public static string With(IQueryCollection query, string? cursor, params string[] drop)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = query
            .Where(pair => pair.Key != "cursor" && !drop.Contains(pair.Key) && pair.Value.Any(v => !string.IsNullOrEmpty(v)))
            .SelectMany(pair => pair.Value.Select(value => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(value ?? "")))
            .ToList();
        if (cursor is not null)
        {
            parts.Add("cursor=" + Uri.EscapeDataString(cursor));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static double? Number(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        errors.Add(field, ValidationMessages.NotANumber(value));
        return null;
    }
}
