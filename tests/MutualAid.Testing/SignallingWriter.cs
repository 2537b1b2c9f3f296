namespace MutualAid.Testing;

/// <summary>A StringWriter that completes <see cref="Seen"/> once a line containing the marker is written.</summary>
public sealed class SignallingWriter(string marker) : StringWriter
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();

    public Task Seen => _seen.Task;

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            base.WriteLine(value);
        }

        if (value?.Contains(marker, StringComparison.Ordinal) == true)
        {
            _seen.TrySetResult();
        }
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return base.ToString();
        }
    }
}
