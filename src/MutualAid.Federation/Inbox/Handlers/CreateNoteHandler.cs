namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>
/// A remote Note: stored when it is a listing (has a known <c>listingKind</c>). Plain posts, including
/// Mastodon replies and mentions, are not listings and are not stored: this server is a directory, not a timeline.
/// </summary>
public sealed class CreateNoteHandler(RemoteListings listings) : IActivityHandler
{
    public string ActivityType => "Create";

    public IReadOnlyList<string> ObjectTypes => ["Note"];

    public Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Object is { } note ? listings.UpsertAsync(note, context.ActorIri, cancellationToken) : Task.CompletedTask;
    }
}
