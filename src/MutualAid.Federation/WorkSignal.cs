namespace MutualAid.Federation;

/// <summary>Wakes a worker when new work was committed, so it does not wait for its next poll.</summary>
public sealed class WorkSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Ring()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread rang at the same moment: the worker is woken either way.
                return;
            }
        }
    }

    /// <summary>Returns when rung or after <paramref name="timeout"/> on <paramref name="time"/>'s clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var rung = _semaphore.WaitAsync(linked.Token);
        var elapsed = Task.Delay(timeout, time, linked.Token);
        await Task.WhenAny(rung, elapsed);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
