using System.Globalization;

namespace MutualAid.Benchmarks.Directory;

/// <summary>Latencies of one request kind, with nearest-rank percentiles.</summary>
internal sealed class LatencySample(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public string Row() => string.Format(CultureInfo.InvariantCulture, "| {0,-58} | {1,5} | {2,7:0.00} | {3,7:0.00} | {4,7:0.00} |", Name, Count, Percentile(50), Percentile(95), Percentile(99));
}
