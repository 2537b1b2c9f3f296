using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Integrity;
using MutualAid.ActivityPub.Signatures;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Policy;

namespace MutualAid.Federation.Inbox;

/// <summary>
/// The thin inbox (STYLE rule 3): parse, check the sender's domain, authenticate (HTTP signature by the
/// activity's actor, or an FEP-8b32 proof by it), hand it to the <see cref="InboxWriter"/>, which drops duplicates by
/// activity id, stores durably and wakes the worker. It never looks at what the activity means; handlers do that later.
/// </summary>
public sealed partial class InboxReceiver(
    MutualAidDbContext db,
    IPublicKeyResolver keys,
    DomainPolicy policy,
    InboxWriter writer,
    TimeProvider time,
    IOptions<FederationOptions> options,
    ILogger<InboxReceiver> logger)
{
    public async Task<InboxResult> ReceiveAsync(HttpMessageParts request, string? receivedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Body.Length > options.Value.InboxMaxBytes)
        {
            return new(InboxOutcome.Malformed, "The activity is too large.");
        }

        JsonObject? document;
        Expanded? activity;
        try
        {
            document = JsonNode.Parse(request.Body.Span) as JsonObject;
            activity = document is null ? null : Expanded.Parse(document);
        }
        catch (Exception exception) when (exception is JsonException or JsonLd.JsonLdException)
        {
            return new(InboxOutcome.Malformed, "The body is not a JSON-LD activity: " + exception.Message);
        }

        if (document is null || activity?.IdOf(Expanded.As + "actor") is not { } actor || activity.Type.Length == 0)
        {
            return new(InboxOutcome.Malformed, "An activity needs a type and an actor.");
        }

        if (!await policy.AllowsAsync(actor, cancellationToken))
        {
            LogRefusedDomain(logger, actor);
            return new(InboxOutcome.Forbidden, "This instance does not federate with " + DomainPolicy.HostOf(actor) + ".");
        }

        // The key lookups below (the key, and on first sight its owner) share this request's context: one pooled
        // connection for all of them instead of one rented and returned per query. The scope's end closes it.
        // Opened after the domain check, which reads the in-memory rules and needs no connection for a refusal.
        await db.Database.OpenConnectionAsync(cancellationToken);

        var authenticated = await AuthenticateAsync(request, document, actor, cancellationToken);
        if (!authenticated.IsValid && authenticated.Failure == SignatureFailure.KeyNotFound && activity.Is("Delete") && activity.IdOf(Expanded.As + "object") == actor)
        {
            // A deleted actor's key can no longer be fetched. We never knew its key, so we hold nothing of it:
            // acknowledge, so its server stops retrying (Mastodon does the same).
            return new(InboxOutcome.Duplicate, "Nothing known about this actor.");
        }

        if (!authenticated.IsValid)
        {
            LogUnauthenticated(logger, actor, authenticated.Failure.ToString(), authenticated.Message);
            return new(InboxOutcome.Unauthenticated, authenticated.Message);
        }

        // Activities without an id (allowed for transient ones) are deduplicated by their content.
        var activityIri = activity.Id ?? "urn:sha256:" + Convert.ToHexStringLower(SHA256.HashData(request.Body.Span));
        var now = time.GetUtcNow();
        var item = new InboxItem
        {
            ActivityIri = activityIri,
            ActivityType = activity.Type.Length > 64 ? activity.Type[..64] : activity.Type,
            ActorIri = actor,
            ReceivedBy = receivedBy,
            AuthenticatedBy = authenticated.KeyId ?? "",
            // The raw activity as received (it parsed as JSON above): no second serialization on the hot path.
            Document = System.Text.Encoding.UTF8.GetString(request.Body.Span),
            State = InboxItemState.Pending,
            ReceivedAt = now,
            NextAttemptAt = now,
        };

        // The writer drops duplicates by activity id in the same transaction that stores the rest (group commit).
        if (!writer.TryEnqueue(item, out var stored))
        {
            LogBusy(logger, activityIri);
            return new(InboxOutcome.Busy, "The inbox is busy; try again later.");
        }

        if (!await stored.WaitAsync(cancellationToken))
        {
            return new(InboxOutcome.Duplicate, "Already received.");
        }

        return new(InboxOutcome.Accepted, "Accepted.");
    }

    private async Task<SignatureVerificationResult> AuthenticateAsync(HttpMessageParts request, JsonObject document, string actor, CancellationToken cancellationToken)
    {
        var verifier = new HttpSignatureVerifier(keys, time);
        var signature = (await verifier.VerifyAsync(request, cancellationToken)).RequireOwner(actor);
        if (signature.IsValid || document["proof"] is null)
        {
            return signature;
        }

        // Forwarded or relayed activities: the proof by the actor vouches for the document itself.
        var proof = (await new ObjectProofVerifier(keys).VerifyAsync(document, cancellationToken)).RequireOwner(actor);
        return proof.IsValid ? proof : signature;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox queue full: {ActivityIri} answered 503")]
    private static partial void LogBusy(ILogger logger, string activityIri);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox refused an activity by {Actor}: domain not allowed")]
    private static partial void LogRefusedDomain(ILogger logger, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox refused an activity by {Actor}: {Failure} ({Reason})")]
    private static partial void LogUnauthenticated(ILogger logger, string actor, string failure, string reason);
}
