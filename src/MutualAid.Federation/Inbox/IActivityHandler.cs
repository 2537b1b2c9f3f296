namespace MutualAid.Federation.Inbox;

/// <summary>Handles one activity type (for some object types): one class per activity, as Mastodon's activity/*.rb.</summary>
public interface IActivityHandler
{
    /// <summary>The ActivityStreams activity type, e.g. <c>Follow</c>.</summary>
    string ActivityType { get; }

    /// <summary>Object types handled; empty means any (including an object given only by IRI).</summary>
    IReadOnlyList<string> ObjectTypes { get; }

    Task HandleAsync(InboxContext context, CancellationToken cancellationToken);
}
