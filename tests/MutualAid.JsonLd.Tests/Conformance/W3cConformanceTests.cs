using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace MutualAid.JsonLd.Tests.Conformance;

/// <summary>The W3C JSON-LD 1.1 expand and compact suites: pass rate must stay above the targets.</summary>
public sealed class W3cConformanceTests
{
    private readonly ITestOutputHelper _output;

    public W3cConformanceTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Theory]
    [InlineData("expand", 0.95)]
    [InlineData("compact", 0.85)]
    public void Suite_pass_rate_meets_target(string manifest, double target)
    {
        var report = new StringBuilder();
        var cases = W3cManifest.Load(manifest);
        int passed = 0, run = 0, skipped = 0;
        var failures = new List<string>();
        foreach (var test in cases)
        {
            var skip = W3cTestRunner.SkipReason(test);
            if (skip is not null)
            {
                skipped++;
                report.AppendLine(CultureInfo.InvariantCulture, $"SKIP {test.Id} {test.Name}: {skip}");
                continue;
            }

            run++;
            var outcome = W3cTestRunner.Run(test);
            if (outcome.Passed)
            {
                passed++;
            }
            else
            {
                failures.Add($"FAIL {test.Id} {test.Name}: {outcome.Detail}");
            }
        }

        var rate = (double)passed / run;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{manifest}: {passed}/{run} passed ({rate:P1}), {skipped} skipped, target {target:P0}");
        report.Insert(0, summary + Environment.NewLine);
        foreach (var failure in failures)
        {
            report.AppendLine(failure);
        }

        var text = report.ToString();
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"conformance-report-{manifest}.txt"), text);
        _output.WriteLine(text);
        Assert.True(rate >= target, summary + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(40)));
    }
}
