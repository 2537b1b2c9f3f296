using System.Net;

namespace MutualAid.Federation.Delivery;

/// <summary>
/// What one attempt at one delivery job came to, held in memory until <see cref="DeliveryRecorder"/> writes its batch:
/// the status the inbox answered, or the network error, or why nothing was sent (<see cref="NotSent"/>: the sending actor
/// no longer exists, or the host is one this instance no longer federates with); a job not sent is given up.
/// </summary>
public sealed record DeliveryOutcome(long JobId, string Host, string InboxUrl, string ActivityIri, HttpStatusCode? Status, string? Error, string? NotSent = null);
