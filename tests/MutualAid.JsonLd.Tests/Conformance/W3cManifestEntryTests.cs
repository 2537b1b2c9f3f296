namespace MutualAid.JsonLd.Tests.Conformance;

/// <summary>Each in-scope W3C manifest entry as its own test case (the aggregate target is in <see cref="W3cConformanceTests"/>).</summary>
public sealed class W3cManifestEntryTests
{
    private static readonly Lazy<Dictionary<string, W3cTestCase>> Cases = new(() =>
        new[] { "expand", "compact" }.SelectMany(W3cManifest.Load).ToDictionary(c => c.Manifest + c.Id));

    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (var (key, test) in Cases.Value)
        {
            if (W3cTestRunner.SkipReason(test) is null)
            {
                data.Add(key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Manifest_entry(string entry)
    {
        var outcome = W3cTestRunner.Run(Cases.Value[entry]);

        Assert.True(outcome.Passed, outcome.Detail);
    }
}
