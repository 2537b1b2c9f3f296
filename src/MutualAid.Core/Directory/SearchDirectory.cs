using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Actors;
using MutualAid.Core.Listings.Details;
using MutualAid.Core.Listings.Views;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Directory;

/// <summary>
/// The one query path of the directory: HTML pages, the JSON search API and Atom feeds all call this.
/// Local and federated listings live in the same table, so both are searched alike. Only public listings
/// are ever returned; by default only open ones (not paused, fulfilled, closed or past their expiry).
/// </summary>
public sealed partial class SearchDirectory(MutualAidDbContext db, IListingTextIndex textIndex, PlaceGazetteer gazetteer, LocalListingActors actors, TimeProvider time)
{
    /// <summary>Upper bound on rows examined in memory for distance, opening-hours or nearest-first queries.</summary>
    public const int MaxCandidates = 20_000;

    public async Task<DirectoryPage> ExecuteAsync(DirectoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new ValidationErrors();
        var offset = Check(query, errors);
        errors.ThrowIfAny();

        var place = await ResolvePlaceAsync(query, cancellationToken);
        if (query.Sort == DirectorySort.Nearest && place is null)
        {
            throw new ValidationFailedException("sort", ValidationMessages.NearestNeedsPlace());
        }

        var now = time.GetUtcNow();
        var filtered = await FilterAsync(query, place, now, cancellationToken);

        List<long> pageIds;
        Dictionary<long, Candidate>? measured = null;
        bool hasMore;
        if (place is not null || query.OpenNow)
        {
            // Distances (haversine) and opening hours (RRULE) are computed here, on the narrowed candidates.
            var candidates = await CandidatesAsync(filtered, query, cancellationToken);
            if (candidates.Count > MaxCandidates)
            {
                throw new ValidationFailedException(place is null ? "open" : "radius", ValidationMessages.TooManyMatches(MaxCandidates));
            }

            var kept = Measure(candidates, place, query.OpenNow, now);
            var sorted = query.Sort switch
            {
                DirectorySort.Nearest => kept.OrderBy(c => c.DistanceKm).ThenByDescending(c => c.PublishedAt),
                DirectorySort.Urgent => kept.OrderByDescending(c => UrgencyRank(c.Kind, c.Urgency)).ThenByDescending(c => c.PublishedAt),
                _ => kept.OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id),
            };
            var window = sorted.Skip(offset).Take(query.Limit + 1).ToList();
            hasMore = window.Count > query.Limit;
            pageIds = window.Take(query.Limit).Select(c => c.Id).ToList();
            measured = kept.ToDictionary(c => c.Id);
        }
        else
        {
            var ids = query.Sort == DirectorySort.Urgent
                ? await UrgentFirstAsync(filtered, offset, query.Limit + 1, cancellationToken)
                : await filtered.OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.Id)
                    .Skip(offset).Take(query.Limit + 1).Select(l => l.Id).ToListAsync(cancellationToken);
            hasMore = ids.Count > query.Limit;
            pageIds = ids.Take(query.Limit).ToList();
        }

        var items = await EntriesAsync(pageIds, measured, now, cancellationToken);
        var hidden = hasMore || query.IncludeStale ? 0 : await CountHiddenStaleAsync(query, place, now, cancellationToken);
        return new DirectoryPage(items, hasMore ? DirectoryCursor.Encode(offset + query.Limit) : null, place)
        {
            PreviousCursor = offset > 0 ? DirectoryCursor.Encode(Math.Max(0, offset - query.Limit)) : null,
            HiddenStale = hidden == 0 ? null : Math.Min(hidden, DirectoryPage.HiddenStaleCap),
            HiddenStaleCapped = hidden > DirectoryPage.HiddenStaleCap ? true : null,
        };
    }

    /// <summary>
    /// The listings <paramref name="query"/> finds by its filters alone (text, kind, status, origin, actor,
    /// staleness; not place or opening hours), unordered: for directory views that order and page them their own way.
    /// </summary>
    internal Task<IQueryable<Listing>> MatchingAsync(DirectoryQuery query, CancellationToken cancellationToken) =>
        FilterAsync(query, place: null, time.GetUtcNow(), cancellationToken);

    /// <summary>The entries of <paramref name="pageIds"/>, in that order, as every directory view shows them.</summary>
    internal Task<List<DirectoryEntry>> EntriesAsync(IReadOnlyList<long> pageIds, CancellationToken cancellationToken) =>
        EntriesAsync(pageIds, measured: null, time.GetUtcNow(), cancellationToken);

    private async Task<List<DirectoryEntry>> EntriesAsync(IReadOnlyList<long> pageIds, Dictionary<long, Candidate>? measured, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Listings.AsNoTracking().Include(l => l.Collective)
            .Where(l => pageIds.Contains(l.Id))
            .ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(l => l.Id);
        var localActors = await actors.DescribeAsync(rows, cancellationToken);
        return pageIds.Where(byId.ContainsKey).Select(id => ToEntry(byId[id], measured?.GetValueOrDefault(id), localActors.GetValueOrDefault(id), now)).ToList();
    }

    /// <summary>
    /// Needs by urgency, then everything else newest first, as two queries: ordering the whole result by
    /// an urgency expression would sort every match, while the non-needs (most rows) can walk the
    /// newest-first index.
    /// </summary>
    private static async Task<List<long>> UrgentFirstAsync(IQueryable<Listing> filtered, int offset, int take, CancellationToken cancellationToken)
    {
        // Fetching the needs up to the end of this page also tells how many there are when they run out,
        // without a separate count.
        var needs = await filtered.Where(l => l.Kind == ListingKind.Need)
            .OrderByDescending(l => l.Need!.Urgency == Urgency.Critical ? 4 : l.Need.Urgency == Urgency.High ? 3 : l.Need.Urgency == Urgency.Medium ? 2 : 1)
            .ThenByDescending(l => l.PublishedAt).ThenByDescending(l => l.Id)
            .Take(offset + take).Select(l => l.Id).ToListAsync(cancellationToken);
        var ids = needs.Skip(offset).ToList();
        if (ids.Count < take)
        {
            ids.AddRange(await filtered.Where(l => l.Kind != ListingKind.Need)
                .OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.Id)
                .Skip(Math.Max(0, offset - needs.Count)).Take(take - ids.Count).Select(l => l.Id).ToListAsync(cancellationToken));
        }

        return ids;
    }

    /// <summary>Adds errors for out-of-range values; returns the offset the cursor encodes.</summary>
    public static int Check(DirectoryQuery query, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        if (query.Limit is < 1 or > DirectoryQuery.MaxLimit)
        {
            errors.Add("limit", ValidationMessages.Between(1, DirectoryQuery.MaxLimit));
        }

        if (query.RadiusKm is { } radius && (double.IsNaN(radius) || radius <= 0 || radius > DirectoryQuery.MaxRadiusKm))
        {
            errors.Add("radius", ValidationMessages.RadiusRange(DirectoryQuery.MaxRadiusKm));
        }

        if (query.Near is { } near && (near.Latitude is < -90 or > 90 || near.Longitude is < -180 or > 180 || double.IsNaN(near.Latitude) || double.IsNaN(near.Longitude)))
        {
            errors.Add("lat", ValidationMessages.CoordinatesRange());
        }

        if (query.Text is { Length: > 500 })
        {
            errors.Add("q", ValidationMessages.TooLong(500));
        }

        if (query.Cursor is null)
        {
            return 0;
        }

        var offset = DirectoryCursor.Decode(query.Cursor);
        if (offset is null)
        {
            errors.Add("cursor", ValidationMessages.CursorInvalid());
        }

        return offset ?? 0;
    }

    private async Task<ResolvedPlace?> ResolvePlaceAsync(DirectoryQuery query, CancellationToken cancellationToken)
    {
        var radius = query.RadiusKm ?? DirectoryQuery.DefaultRadiusKm;
        if (query.Near is { } point)
        {
            return new ResolvedPlace(query.Place?.Trim() is { Length: > 0 } name ? name : $"{point.Latitude:0.###}, {point.Longitude:0.###}", point, radius);
        }

        if (string.IsNullOrWhiteSpace(query.Place))
        {
            return null;
        }

        var found = await gazetteer.FindAsync(query.Place, cancellationToken)
            ?? throw new ValidationFailedException("place", ValidationMessages.PlaceUnknown(query.Place.Trim()));
        return new ResolvedPlace(found.Name, found.Point, radius);
    }

    private async Task<IQueryable<Listing>> FilterAsync(DirectoryQuery query, ResolvedPlace? place, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The category rides on the full-text index (its Categories column): far cheaper than json_each per row.
        var text = FullTextQuery.Parse(query.Text, query.Category);
        var listings = db.Listings.AsNoTracking().Where(l => l.Visibility == ListingVisibility.Public);
        if (!text.IsEmpty)
        {
            var matching = textIndex.MatchingIds(text);
            listings = listings.Where(l => matching.Contains(l.Id));
        }

        listings = query.Status switch
        {
            null or ListingStatus.Open => listings.Where(l => l.Status == ListingStatus.Open && (l.ExpiresAt == null || l.ExpiresAt > now)),
            ListingStatus.Expired => listings.Where(l => l.Status == ListingStatus.Expired || (l.Status == ListingStatus.Open && l.ExpiresAt != null && l.ExpiresAt <= now)),
            { } status => listings.Where(l => l.Status == status),
        };

        if (!query.IncludeStale)
        {
            listings = listings.Where(l => l.Origin.StaleSince == null);
        }

        if (query.Kind is { } kind)
        {
            listings = listings.Where(l => l.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            var language = query.Language.Trim();
            var prefix = language + "-";
            listings = listings.Where(l => l.Language == language || l.Language.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(query.Collective))
        {
            var slug = query.Collective.Trim();
            listings = listings.Where(l => l.Collective != null && l.Collective.Slug == slug);
        }

        if (query.Origin is { } origin)
        {
            listings = listings.Where(l => l.Origin.Kind == origin);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            listings = listings.Where(l => l.Origin.Kind == OriginKind.Remote && l.Origin.ActorIri == actor);
        }

        if (!string.IsNullOrWhiteSpace(query.Instance))
        {
            var domain = query.Instance.Trim().ToLowerInvariant();
            var local = await db.Instance.AsNoTracking().Select(i => i.Domain).FirstOrDefaultAsync(cancellationToken);
            listings = string.Equals(domain, local, StringComparison.OrdinalIgnoreCase)
                ? listings.Where(l => l.Origin.Kind == OriginKind.Local)
                : listings.Where(l => l.Origin.Kind == OriginKind.Remote && l.Origin.InstanceDomain == domain);
        }

        if (query.MinUrgency is { } minimum)
        {
            var urgent = Enum.GetValues<Urgency>().Where(u => u >= minimum).ToList();
            listings = listings.Where(l => l.Kind == ListingKind.Need && urgent.Contains(l.Need!.Urgency));
        }

        if (query.OpenNow)
        {
            listings = listings.Where(l => l.Kind == ListingKind.Service || (l.Kind == ListingKind.Contact && (l.Contact!.AlwaysOpen || l.Contact.Schedule != null)));
        }

        if (place is not null)
        {
            var (minLat, maxLat, minLon, maxLon) = Haversine.BoundingBox(place.Point, place.RadiusKm);
            // Comparing the public point already excludes listings without one (NULL never compares).
            listings = listings.Where(l => l.Location!.PublicLatitude >= minLat && l.Location.PublicLatitude <= maxLat
                && l.Location.PublicLongitude >= minLon && l.Location.PublicLongitude <= maxLon);
        }

        return listings;
    }

    private static bool IsOpen(ListingKind kind, bool? alwaysOpen, Schedule? schedule, DateTimeOffset publishedAt, DateTimeOffset now) =>
        (kind == ListingKind.Contact && alwaysOpen == true)
        || (schedule is not null && OpeningHours.IsOpen(schedule, DateOnly.FromDateTime(publishedAt.UtcDateTime), now));

    private static int UrgencyRank(ListingKind kind, Urgency? urgency) =>
        kind == ListingKind.Need && urgency is { } u ? (int)u + 1 : 0;

    private static DirectoryEntry ToEntry(Listing listing, Candidate? measured, ListingActorView? localActor, DateTimeOffset now)
    {
        var schedule = listing.Service?.Schedule ?? listing.Contact?.Schedule;
        var openNow = listing.Kind is ListingKind.Service or ListingKind.Contact
            ? measured?.OpenNow ?? IsOpen(listing.Kind, listing.Contact?.AlwaysOpen, schedule, listing.PublishedAt, now)
            : (bool?)null;
        return new DirectoryEntry
        {
            Listing = PublicView(listing, listing.Collective?.Slug),
            CollectiveName = listing.Collective?.Name,
            InstanceDomain = listing.Origin.Kind == OriginKind.Remote ? listing.Origin.InstanceDomain : null,
            RemoteObject = listing.Origin.Kind == OriginKind.Remote ? listing.Origin.ObjectIri : null,
            RemoteActor = listing.Origin.Kind == OriginKind.Remote ? listing.Origin.ActorIri : null,
            StaleSince = listing.Origin.Kind == OriginKind.Remote ? listing.Origin.StaleSince : null,
            DistanceKm = measured?.DistanceKm is { } km ? Math.Round(km, 1) : null,
            OpenNow = openNow,
            EffectiveStatus = EffectiveStatus(listing, now),
        }.WithActor(listing, localActor);
    }

    /// <summary>
    /// The listing as the directory shows it. A fully funded fund never shows how to give, only where to
    /// give instead (vocabulary §6), so its <see cref="FundDetails.HowToGive"/> is left out.
    /// </summary>
    public static ListingView PublicView(Listing listing, string? collectiveSlug)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var view = ListingView.From(listing, collectiveSlug);
        if (view.Fund is not { FullyFunded: true } fund)
        {
            return view;
        }

        var shown = fund.Copy();
        shown.HowToGive = "";
        return view with { Fund = shown };
    }

    /// <summary>The status a reader should see: open listings past their expiry are expired.</summary>
    public static ListingStatus EffectiveStatus(Listing listing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Status == ListingStatus.Open && listing.ExpiresAt is { } expires && expires <= now ? ListingStatus.Expired : listing.Status;
    }
}
