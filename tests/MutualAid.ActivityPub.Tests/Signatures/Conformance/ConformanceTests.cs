using Xunit.Abstractions;

namespace MutualAid.ActivityPub.Tests.Signatures.Conformance;

/// <summary>Every vector in ../shared/conformance/http-signatures must give its expected verdict.</summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var c in AllCases())
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Case_gives_its_expected_verdict(string id)
    {
        var c = AllCases().Single(x => x.Id == id);
        var mismatch = await c.RunAsync();
        Assert.True(mismatch is null, $"{c.Suite}/{c.Id}: {mismatch}");
    }

    [Fact]
    public async Task All_cases_pass()
    {
        var cases = AllCases().ToList();
        var failures = new List<string>();
        foreach (var c in cases)
        {
            string? mismatch;
            try
            {
                mismatch = await c.RunAsync();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                mismatch = $"threw {e.GetType().Name}: {e.Message}";
            }

            if (mismatch is not null)
            {
                failures.Add($"{c.Suite}/{c.Id}: {mismatch}");
            }
        }

        var summary = $"{cases.Count - failures.Count} of {cases.Count} cases passed";
        output.WriteLine(summary);
        Console.WriteLine("HTTP signature conformance: " + summary);
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.Equal(49, cases.Count);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures));
    }

    private static IEnumerable<ConformanceCase> AllCases() =>
        Rfc9421Suite.Cases().Concat(Cavage12Suite.Cases()).Concat(FedifySuite.Cases());
}
