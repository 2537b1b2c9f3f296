using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Remote;

/// <summary>
/// Remembers, on a stored remote listing, the remote actor that lets people follow that fund, contact or
/// service (Origin.ListingActor*). A listing actor is an actor document with <c>listingKind</c>,
/// <c>collective</c> and <c>listing</c>; the link is accepted only when the collective is on the listing
/// actor's own host and the stored listing came from that collective (vocabulary 4.2 and 10.10).
/// </summary>
public sealed class ListingActorLinks(MutualAidDbContext db)
{
    /// <summary>The listing a document names when it is a listing actor whose collective is on its own host, else null.</summary>
    public static (string Collective, string Listing)? ListingActorOf(Expanded actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Id is not { } iri || actor.String(Expanded.Ma + "listingKind") is null
            || actor.IdOf(Expanded.Ma + "collective") is not { } collective || actor.IdOf(Expanded.Ma + "listing") is not { } listing)
        {
            return null;
        }

        return SameHost(iri, collective) && SameHost(iri, listing) ? (collective, listing) : null;
    }

    /// <summary>Links the listing the actor names to it; returns how many stored listings now point at the actor.</summary>
    public async Task<int> ApplyAsync(Expanded actor, int? followers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (ListingActorOf(actor) is not var (collective, listing))
        {
            if (actor.Id is { } former)
            {
                await ClearAsync(former, cancellationToken);
            }

            return 0;
        }

        var iri = actor.Id!;
        var handle = actor.String(Expanded.As + "preferredUsername") is { Length: > 0 } username ? $"{username}@{new Uri(iri).Host.ToLowerInvariant()}" : null;
        var rows = await db.Listings
            .Where(l => l.CollectiveId == null && l.Origin.ObjectIri == listing && l.Origin.ActorIri == collective)
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            // A count fetched earlier for the same actor stays until a fresh one arrives.
            row.Origin.ListingActorFollowers = followers ?? (row.Origin.ListingActorIri == iri ? row.Origin.ListingActorFollowers : null);
            row.Origin.ListingActorIri = iri;
            row.Origin.ListingActorHandle = handle;
        }

        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }

    /// <summary>The remote listing actor was deleted (or stopped being one): its listings no longer offer following.</summary>
    public async Task<int> ClearAsync(string actorIri, CancellationToken cancellationToken)
    {
        var rows = await db.Listings.Where(l => l.CollectiveId == null && l.Origin.ListingActorIri == actorIri).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Origin.ListingActorIri = null;
            row.Origin.ListingActorHandle = null;
            row.Origin.ListingActorFollowers = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }

    private static bool SameHost(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
        && string.Equals(x.Authority, y.Authority, StringComparison.OrdinalIgnoreCase);
}
