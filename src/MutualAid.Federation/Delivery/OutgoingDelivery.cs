using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Delivery;

/// <summary>
/// A leased job with everything needed to send it, loaded for the whole run at once; <see cref="Sender"/> is null when
/// the actor is gone, <see cref="HostAllowed"/> false when the host was blocked after the job was queued.
/// </summary>
internal sealed record OutgoingDelivery(long JobId, string Host, string InboxUrl, string ActivityIri, string Document, LocalActor? Sender, bool HostAllowed);
