namespace MutualAid.Federation;

/// <summary>The delivery worker's signal.</summary>
public sealed class DeliverySignal
{
    public WorkSignal Signal { get; } = new();
}
