using MutualAid.Core.Federation;

namespace MutualAid.Federation.Inbox;

/// <summary>An activity waiting for the inbox writer, and the request waiting for its commit.</summary>
internal sealed class PendingInboxItem(InboxItem item)
{
    // Continuations run off the writer's loop, so answering requests never delays the next commit.
    private readonly TaskCompletionSource<bool> _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public InboxItem Item { get; } = item;

    /// <summary>True once committed, false if it was a duplicate; faults if the write failed.</summary>
    public Task<bool> Stored => _stored.Task;

    public void Done(bool stored) => _stored.TrySetResult(stored);

    public void Fail(Exception exception) => _stored.TrySetException(new InboxStoreException($"The inbox could not store {Item.ActivityIri}: {exception.Message}", exception));
}
