using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.Integrity;
using MutualAid.ActivityPub.Signatures;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Policy;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>
/// An Announce (boost). Of one of our listings: counted. Of a remote object, by an actor one of ours follows:
/// the object is taken from its origin and, when it is a listing Note, stored as <see cref="CreateNoteHandler"/>
/// stores one, and the announce is recorded. An embedded copy is trusted only when it comes from the
/// announcer's own origin (the signed Announce vouches for it) or carries a valid FEP-8b32 proof by its
/// author; otherwise it is fetched by id, signed by the instance actor (spec/FEDERATION.md, "Announce").
/// Announces from actors nobody here follows are ignored: we keep no timeline.
/// </summary>
public sealed partial class AnnounceHandler(
    MutualAidDbContext db,
    FederationUris uris,
    RemoteListings listings,
    DomainPolicy policy,
    IPublicKeyResolver keys,
    IHttpClientFactory clients,
    IOptions<FederationOptions> options,
    TimeProvider time,
    ILogger<AnnounceHandler> logger) : InteractionHandler(db, uris, time)
{
    public override string ActivityType => "Announce";

    protected override InteractionKind Kind => InteractionKind.Announce;

    public override async Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ObjectId is not { } objectIri)
        {
            return;
        }

        if (Uris.IsLocal(objectIri))
        {
            await base.HandleAsync(context, cancellationToken);
            return;
        }

        if (!await Db.Set<Following>().AnyAsync(f => f.RemoteActorIri == context.ActorIri && f.State == FollowState.Accepted, cancellationToken))
        {
            LogNotFollowed(logger, context.ActorIri, objectIri);
            return;
        }

        if (!await policy.AllowsAsync(objectIri, cancellationToken))
        {
            return;
        }

        var note = await TrustedEmbeddedAsync(context, cancellationToken) ?? await FetchAsync(objectIri, cancellationToken);
        if (note is null || !note.Is("Note") || note.IdOf(Expanded.As + "attributedTo") is not { } author)
        {
            return;
        }

        // The author, not the announcer, owns the listing: RemoteListings checks the Note's id is on the author's host.
        await listings.UpsertAsync(note, author, cancellationToken);
        var id = note.Id ?? objectIri;
        if (await Db.Listings.AnyAsync(l => l.Origin.ObjectIri == id && l.CollectiveId == null, cancellationToken))
        {
            // Plain posts are not stored, so their boosts are not recorded either.
            await RecordAsync(context, id, cancellationToken);
        }
    }

    private async Task<Expanded?> TrustedEmbeddedAsync(InboxContext context, CancellationToken cancellationToken)
    {
        if (context.Object is not { Id: { } id } embedded)
        {
            return null;
        }

        if (Uri.TryCreate(id, UriKind.Absolute, out var objectUri) && Uri.TryCreate(context.ActorIri, UriKind.Absolute, out var actorUri)
            && RemoteDocumentFetcher.SameOrigin(objectUri, actorUri))
        {
            return embedded;
        }

        if (context.RawObject is JsonObject raw && raw["proof"] is not null && embedded.IdOf(Expanded.As + "attributedTo") is { } author)
        {
            var proof = (await new ObjectProofVerifier(keys).VerifyAsync(raw, cancellationToken)).RequireOwner(author);
            if (proof.IsValid)
            {
                return embedded;
            }
        }

        return null;
    }

    private async Task<Expanded?> FetchAsync(string objectIri, CancellationToken cancellationToken)
    {
        // A fetch failure propagates: the inbox worker retries the item with backoff and records why it failed.
        var fetcher = FederationHttp.Fetcher(clients, options, Time);
        var document = await fetcher.FetchAsync(new RemoteFetchRequest(new Uri(objectIri)) { IdCheck = IdCheck.ExactMatch }, cancellationToken);
        return Expanded.Parse(JsonNode.Parse(document.Root.GetRawText())!);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored an Announce of {ObjectIri} by {Actor}: nobody here follows it")]
    private static partial void LogNotFollowed(ILogger logger, string actor, string objectIri);
}
