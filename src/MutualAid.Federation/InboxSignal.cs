namespace MutualAid.Federation;

/// <summary>The inbox worker's signal (a distinct type so DI can tell the two apart).</summary>
public sealed class InboxSignal
{
    public WorkSignal Signal { get; } = new();
}
