namespace MutualAid.Federation.Instances;

/// <summary>What one round of the watch did.</summary>
public sealed record InstanceWatchReport(int Known, int Probed, int Answered, int Stale);
