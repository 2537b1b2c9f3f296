using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Core.Paging;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Directory;

/// <summary>
/// Groups the listings that federated in from one remote collective under it, followable funds, lines and
/// services first with their follower counts, a page at a time. The listings are those <see cref="SearchDirectory"/>
/// finds for the actor (the one query path), so the same visibility, status and staleness rules apply.
/// </summary>
/// <remarks>
/// Order, one total order so a keyset cursor can cross from the followable listings to the others: followable
/// first, then newest published first, then highest id first (the id breaks ties between listings published
/// in the same tick). The cursor is that triple of the last (or, going back, first) listing shown.
/// </remarks>
public sealed class FindRemoteCollective(MutualAidDbContext db, SearchDirectory search)
{
    /// <summary>The cursor prefix of this list (see <see cref="KeysetCursor"/>).</summary>
    public const string CursorList = "rc";

    public async Task<RemoteCollectiveView> ExecuteAsync(string actorIri, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(actorIri) || !Uri.TryCreate(actorIri, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new NotFoundException("A remote collective is named by its actor IRI.");
        }

        var cursor = request.Check(CursorList, keyParts: 3);
        var position = cursor is null ? null : Position.Of(cursor);
        var actor = await db.Set<RemoteActor>().AsNoTracking()
            .Where(a => a.Iri == actorIri && a.DeletedAt == null)
            .Select(a => new { a.Name, a.Username, a.Domain, a.ProfileUrl })
            .SingleOrDefaultAsync(cancellationToken);
        var listings = await search.MatchingAsync(new DirectoryQuery { Actor = actorIri, Origin = OriginKind.Remote }, cancellationToken);
        var keys = await Window(listings, position).Take(request.Limit + 1)
            .Select(l => new Position(l.Origin.ListingActorIri != null, l.PublishedAt, l.Id))
            .ToListAsync(cancellationToken);
        var page = KeysetPage<Position>.Cut(keys, request.Limit, cursor, CursorList, p => p.Key);
        var items = await search.EntriesAsync([.. page.Items.Select(p => p.Id)], cancellationToken);
        if (actor is null && items.Count == 0 && cursor is null)
        {
            throw new NotFoundException($"No collective {actorIri} has listings here.");
        }

        var handle = actor is { Username.Length: > 0 } ? $"{actor.Username}@{actor.Domain}" : null;
        return new RemoteCollectiveView
        {
            ActorIri = actorIri,
            Name = actor?.Name is { Length: > 0 } name ? name : handle ?? actorIri,
            Handle = handle,
            ProfileUrl = actor?.ProfileUrl,
            InstanceDomain = actor?.Domain ?? uri.Host.ToLowerInvariant(),
            Followable = [.. items.Where(i => i.Followable)],
            Others = [.. items.Where(i => !i.Followable)],
            NextCursor = page.NextCursor,
            PreviousCursor = page.PreviousCursor,
        };
    }

    /// <summary>The listings from <paramref name="from"/> on, ordered in the direction it points (reversed going back).</summary>
    private static IQueryable<Listing> Window(IQueryable<Listing> listings, Position? from)
    {
        if (from is null)
        {
            return Forward(listings);
        }

        var (followable, published, id) = (from.Followable, from.PublishedAt, from.Id);
        if (!from.Backward)
        {
            var after = followable
                ? listings.Where(l => l.Origin.ListingActorIri == null
                    || l.PublishedAt < published || (l.PublishedAt == published && l.Id < id))
                : listings.Where(l => l.Origin.ListingActorIri == null
                    && (l.PublishedAt < published || (l.PublishedAt == published && l.Id < id)));
            return Forward(after);
        }

        var before = followable
            ? listings.Where(l => l.Origin.ListingActorIri != null
                && (l.PublishedAt > published || (l.PublishedAt == published && l.Id > id)))
            : listings.Where(l => l.Origin.ListingActorIri != null
                || l.PublishedAt > published || (l.PublishedAt == published && l.Id > id));
        return before.OrderBy(l => l.Origin.ListingActorIri != null).ThenBy(l => l.PublishedAt).ThenBy(l => l.Id);
    }

    private static IOrderedQueryable<Listing> Forward(IQueryable<Listing> listings) =>
        listings.OrderByDescending(l => l.Origin.ListingActorIri != null).ThenByDescending(l => l.PublishedAt).ThenByDescending(l => l.Id);

    /// <summary>A listing's place in the order; as a cursor, also which way it points.</summary>
    private sealed record Position(bool Followable, DateTimeOffset PublishedAt, long Id, bool Backward = false)
    {
        public IReadOnlyList<string> Key =>
            [Followable ? "1" : "0", PublishedAt.UtcTicks.ToString(CultureInfo.InvariantCulture), Id.ToString(CultureInfo.InvariantCulture)];

        public static Position Of(KeysetCursor cursor) =>
            cursor.Key[0] is "0" or "1"
            && long.TryParse(cursor.Key[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && long.TryParse(cursor.Key[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? new Position(cursor.Key[0] == "1", new DateTimeOffset(ticks, TimeSpan.Zero), id, cursor.Backward)
                : throw new ValidationFailedException("cursor", ValidationMessages.CursorInvalid());
    }
}
