using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Validation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Publishing;

namespace MutualAid.Federation.Followers;

/// <summary>
/// Follows waiting for approval (a collective with <c>manuallyApprovesFollowers</c>, or the instance actor):
/// listed for the people who decide, then accepted or rejected. The answer goes out through the delivery
/// queue in the same save as the decision. Who may decide is the caller's check (collective admin, operator).
/// </summary>
public sealed class FollowRequests(MutualAidDbContext db, LocalActorDirectory actors, Outbox outbox, TimeProvider time)
{
    public const int MaxListed = 200;

    public async Task<IReadOnlyList<FollowRequestView>> PendingAsync(LocalActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rows = await Decided(actor, db.Set<Follower>().AsNoTracking().Include(f => f.RemoteActor))
            .Where(f => f.State == FollowState.Pending)
            .OrderBy(f => f.Id).Take(MaxListed)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToView)];
    }

    /// <summary>Accepts a pending follow: the Accept carries the Follow inline, as <c>FollowHandler</c> sends it.</summary>
    /// <exception cref="NotFoundException">No follow request with that id for this actor.</exception>
    /// <exception cref="StateConflictException">It was already accepted or rejected.</exception>
    public Task<FollowRequestView> AcceptAsync(LocalActor actor, long id, CancellationToken cancellationToken) =>
        AnswerAsync(actor, id, FollowState.Accepted, cancellationToken);

    /// <summary>Rejects a pending follow; the row stays (rejected) so a new Follow from the same actor asks again.</summary>
    public Task<FollowRequestView> RejectAsync(LocalActor actor, long id, CancellationToken cancellationToken) =>
        AnswerAsync(actor, id, FollowState.Rejected, cancellationToken);

    /// <summary>
    /// The Follow we echo: rebuilt from what we stored (its id, the follower, us) rather than from the inbox
    /// item, which retention may have deleted by the time someone decides. Mastodon matches the id.
    /// </summary>
    public static JsonObject FollowOf(Follower follower, string remoteActorIri, string localActorIri)
    {
        ArgumentNullException.ThrowIfNull(follower);
        return new JsonObject
        {
            ["id"] = follower.FollowActivityIri,
            ["type"] = "Follow",
            ["actor"] = remoteActorIri,
            ["object"] = localActorIri,
        };
    }

    private async Task<FollowRequestView> AnswerAsync(LocalActor actor, long id, FollowState answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var follower = await Decided(actor, db.Set<Follower>().Include(f => f.RemoteActor))
            .SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no follow request {id} for {actor.Username}.");
        // A follow of one of the collective's listing actors is answered by that actor, with its own key.
        var followed = follower.LocalActorIri == actor.Iri
            ? actor
            : await actors.FindByIriAsync(follower.LocalActorIri, cancellationToken)
                ?? throw new NotFoundException($"There is no follow request {id} for {actor.Username}.");
        if (follower.State != FollowState.Pending)
        {
            throw new StateConflictException($"Follow request {id} was already {follower.State.ToString().ToLowerInvariant()}.");
        }

        var remote = follower.RemoteActor!;
        follower.State = answer;
        if (answer == FollowState.Accepted)
        {
            follower.AcceptedAt = time.GetUtcNow();
        }

        var type = answer == FollowState.Accepted ? "Accept" : "Reject";
        var activity = DomainToAs.DirectActivity(outbox.NewActivityIri(), type, followed.Iri, remote.Iri, FollowOf(follower, remote.Iri, followed.Iri));
        await outbox.AddAsync(followed, activity, [remote.InboxUrl], listed: false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(follower);
    }

    /// <summary>
    /// The follows this actor decides on: its own and, for a collective, those of its listing actors, whose
    /// usernames are the collective's slug, a dot and the listing's (slugs never contain a dot).
    /// </summary>
    private static IQueryable<Follower> Decided(LocalActor actor, IQueryable<Follower> followers)
    {
        // Collective IRIs hold only letters, digits, '-', '.', ':' and '/', none of them LIKE wildcards.
        var listingActors = actor.Iri + ".%";
        return actor.Kind == LocalActorKind.Collective
            ? followers.Where(f => f.LocalActorIri == actor.Iri || EF.Functions.Like(f.LocalActorIri, listingActors))
            : followers.Where(f => f.LocalActorIri == actor.Iri);
    }

    private static FollowRequestView ToView(Follower follower)
    {
        var remote = follower.RemoteActor;
        return new FollowRequestView(
            follower.Id,
            remote?.Iri ?? "",
            remote is null ? "" : $"@{remote.Username}@{remote.Domain}",
            remote?.Name,
            remote?.ProfileUrl,
            follower.State.ToString().ToLowerInvariant(),
            follower.FollowActivityIri,
            follower.CreatedAt,
            follower.LocalActorIri);
    }
}
