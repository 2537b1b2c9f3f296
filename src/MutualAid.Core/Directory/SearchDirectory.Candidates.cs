using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Geography;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Directory;

/// <summary>Searches decided in memory (distance, opening hours): the candidates SQL narrows down, and the measuring.</summary>
public sealed partial class SearchDirectory
{
    /// <summary>Up to <see cref="MaxCandidates"/> + 1 listings with what distance, opening hours and the chosen order need.</summary>
    private static Task<List<Candidate>> CandidatesAsync(IQueryable<Listing> filtered, DirectoryQuery query, CancellationToken cancellationToken)
    {
        // No ORDER BY here: it would tempt SQLite onto the newest-first index instead of the place index.
        // Distance alone needs only what the place index covers; opening hours and urgency need more.
        var capped = filtered.Take(MaxCandidates + 1);
        return query.OpenNow || query.Sort == DirectorySort.Urgent
            ? capped.Select(l => new Candidate
            {
                Id = l.Id,
                Latitude = l.Location!.PublicLatitude,
                Longitude = l.Location.PublicLongitude,
                PublishedAt = l.PublishedAt,
                Kind = l.Kind,
                Urgency = (Urgency?)l.Need!.Urgency,
                AlwaysOpen = (bool?)l.Contact!.AlwaysOpen,
                ServiceSchedule = l.Service!.Schedule,
                ContactSchedule = l.Contact.Schedule,
            }).ToListAsync(cancellationToken)
            : capped.Select(l => new Candidate
            {
                Id = l.Id,
                Latitude = l.Location!.PublicLatitude,
                Longitude = l.Location.PublicLongitude,
                PublishedAt = l.PublishedAt,
            }).ToListAsync(cancellationToken);
    }

    private static List<Candidate> Measure(List<Candidate> candidates, ResolvedPlace? place, bool openNow, DateTimeOffset now)
    {
        var kept = new List<Candidate>(candidates.Count);
        // Many listings share opening hours (a collective's services, imported batches); evaluate each once.
        var answers = new Dictionary<(string, TimeOnly, TimeOnly, string, int), bool>();
        foreach (var candidate in candidates)
        {
            if (place is not null)
            {
                if (candidate.Latitude is not { } lat || candidate.Longitude is not { } lon)
                {
                    continue;
                }

                candidate.DistanceKm = Haversine.DistanceKm(place.Point, new GeoPoint(lat, lon));
                if (candidate.DistanceKm > place.RadiusKm)
                {
                    continue;
                }
            }

            if (openNow)
            {
                candidate.OpenNow = IsOpenMemoized(candidate, answers, now);
                if (candidate.OpenNow != true)
                {
                    continue;
                }
            }

            kept.Add(candidate);
        }

        return kept;
    }

    private static bool IsOpenMemoized(Candidate candidate, Dictionary<(string, TimeOnly, TimeOnly, string, int), bool> answers, DateTimeOffset now)
    {
        if (candidate.Kind == ListingKind.Contact && candidate.AlwaysOpen == true)
        {
            return true;
        }

        if ((candidate.ServiceSchedule ?? candidate.ContactSchedule) is not { } schedule)
        {
            return false;
        }

        // The answer depends on the rule, the window, the zone and the publication date's four-week phase.
        var published = DateOnly.FromDateTime(candidate.PublishedAt.UtcDateTime);
        var key = (schedule.Recurrence, schedule.Opens, schedule.Closes, schedule.TimeZone, published.DayNumber % 28);
        if (!answers.TryGetValue(key, out var open))
        {
            open = OpeningHours.IsOpen(schedule, published, now);
            answers[key] = open;
        }

        return open;
    }

    private sealed class Candidate
    {
        public long Id { get; init; }

        public double? Latitude { get; init; }

        public double? Longitude { get; init; }

        public DateTimeOffset PublishedAt { get; init; }

        public ListingKind Kind { get; init; }

        public Urgency? Urgency { get; init; }

        public bool? AlwaysOpen { get; init; }

        public Schedule? ServiceSchedule { get; init; }

        public Schedule? ContactSchedule { get; init; }

        public double? DistanceKm { get; set; }

        public bool? OpenNow { get; set; }
    }
}
