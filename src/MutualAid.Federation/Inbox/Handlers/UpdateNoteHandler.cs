namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>An Update carries the whole Note and replaces ours unless it is older (out-of-order delivery).</summary>
public sealed class UpdateNoteHandler(RemoteListings listings) : IActivityHandler
{
    public string ActivityType => "Update";

    public IReadOnlyList<string> ObjectTypes => ["Note"];

    public Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Object is { } note ? listings.UpsertAsync(note, context.ActorIri, cancellationToken) : Task.CompletedTask;
    }
}
