namespace MutualAid.Federation.Instances;

/// <summary>
/// The <c>MutualAid:Federation:Instances</c> section: how often known instances are checked and when their
/// listings count as stale (env: <c>MutualAid__Federation__Instances__StaleAfter=3.00:00:00</c>).
/// </summary>
public sealed class InstanceWatchOptions
{
    public const string SectionName = "MutualAid:Federation:Instances";

    /// <summary>The longest wait a timer takes (system timers stop at about 49 days).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromDays(30);

    /// <summary>How often the watch runs, and the least time between two NodeInfo probes of one instance.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after start the first round runs (soon, so a restarted server does not wait an interval).</summary>
    public TimeSpan FirstCheckDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An instance with no successful contact for this long has its listings marked stale.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromDays(3);

    public void Validate()
    {
        if (CheckInterval <= TimeSpan.Zero || FirstCheckDelay < TimeSpan.Zero || CheckInterval > MaxWait || FirstCheckDelay > MaxWait)
        {
            throw new InvalidOperationException($"{SectionName}: CheckInterval must be positive and FirstCheckDelay not negative, both at most {MaxWait.TotalDays} days.");
        }

        if (StaleAfter <= CheckInterval)
        {
            throw new InvalidOperationException($"{SectionName}: StaleAfter must be longer than CheckInterval, or an instance would go stale between two checks.");
        }
    }
}
