using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// Records an outgoing activity and one delivery job per distinct inbox, in the caller's unit of work
/// (nothing is saved here: the caller's SaveChanges commits the change and its delivery together). The
/// delivery worker is woken once that save succeeds.
/// </summary>
public sealed class Outbox(MutualAidDbContext db, LocalActorKeys keys, FederationUris uris, DeliverySignal signal, TimeProvider time)
{
    private bool _listening;

    public string NewActivityIri() => uris.Activity(PublicIds.New(time).ToLowerInvariant());

    /// <summary>Adds the activity (with an FEP-8b32 proof by the actor) and its delivery jobs to the unit of work.</summary>
    public async Task<OutboxActivity> AddAsync(LocalActor actor, JsonObject activity, IEnumerable<string> inboxes, bool listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(inboxes);
        var pair = await keys.GetAsync(actor, cancellationToken);
        var signed = ActivityProof.Sign(activity, pair.Ed25519Signing, time);
        var now = time.GetUtcNow();
        var row = new OutboxActivity
        {
            Iri = signed["id"]!.GetValue<string>(),
            ActorIri = actor.Iri,
            Type = signed["type"]!.GetValue<string>(),
            ObjectIri = signed["object"] switch
            {
                JsonObject o => o["id"]?.GetValue<string>(),
                JsonValue v => v.GetValue<string>(),
                _ => null,
            },
            Document = signed.ToJsonString(),
            Listed = listed,
            CreatedAt = now,
        };
        db.Set<OutboxActivity>().Add(row);
        foreach (var inbox in inboxes.Where(i => !uris.IsLocal(i)).Distinct(StringComparer.Ordinal))
        {
            db.Set<DeliveryJob>().Add(new DeliveryJob
            {
                Activity = row,
                InboxUrl = inbox,
                Host = new Uri(inbox).Host.ToLowerInvariant(),
                State = DeliveryState.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }

        if (!_listening)
        {
            _listening = true;
            db.SavedChanges += (_, _) => signal.Signal.Ring();
        }

        return row;
    }

    /// <summary>The inboxes of an actor's accepted followers, one per shared inbox (a host gets one request per activity).</summary>
    public async Task<IReadOnlyList<string>> FollowerInboxesAsync(string localActorIri, CancellationToken cancellationToken)
    {
        var actors = await db.Set<Follower>().AsNoTracking()
            .Where(f => f.LocalActorIri == localActorIri && f.State == FollowState.Accepted)
            .Select(f => new { f.RemoteActor!.SharedInboxUrl, f.RemoteActor.InboxUrl })
            .ToListAsync(cancellationToken);
        return [.. actors.Select(a => a.SharedInboxUrl ?? a.InboxUrl).Distinct(StringComparer.Ordinal)];
    }
}
