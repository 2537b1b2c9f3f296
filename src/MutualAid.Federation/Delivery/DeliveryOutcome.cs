using System.Net;

namespace MutualAid.Federation.Delivery;

/// <summary>
/// What one attempt at one delivery job came to, held in memory until <see cref="DeliveryRecorder"/> writes its batch:
/// the status the inbox answered, or the network error, or that the sending actor no longer exists (nothing was sent).
/// </summary>
public sealed record DeliveryOutcome(long JobId, string Host, string InboxUrl, string ActivityIri, HttpStatusCode? Status, string? Error, bool SenderGone = false);
