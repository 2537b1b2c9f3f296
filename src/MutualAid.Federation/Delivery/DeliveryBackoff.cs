namespace MutualAid.Federation.Delivery;

/// <summary>Exponential backoff with ±20 % jitter (so a recovering host is not hit by every job at once), capped at a day.</summary>
public static class DeliveryBackoff
{
    public static TimeSpan Delay(int attempts, TimeSpan first, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 16);
        var seconds = Math.Min(first.TotalSeconds * Math.Pow(2, exponent), TimeSpan.FromDays(1).TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (0.8 + (0.4 * random.NextDouble())));
    }
}
