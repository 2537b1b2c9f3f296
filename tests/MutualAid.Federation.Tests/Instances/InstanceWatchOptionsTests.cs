using MutualAid.Federation.Instances;

namespace MutualAid.Federation.Tests.Instances;

public sealed class InstanceWatchOptionsTests
{
    [Fact]
    public void The_defaults_check_hourly_and_mark_stale_after_three_days()
    {
        var options = new InstanceWatchOptions();
        options.Validate();
        Assert.Equal((TimeSpan.FromHours(1), TimeSpan.FromDays(3)), (options.CheckInterval, options.StaleAfter));
    }

    [Theory]
    [InlineData("00:00:00", "3.00:00:00", "00:01:00", "CheckInterval must be positive")]
    [InlineData("31.00:00:00", "60.00:00:00", "00:01:00", "at most 30 days")]
    [InlineData("01:00:00", "3.00:00:00", "45.00:00:00", "at most 30 days")]
    [InlineData("2.00:00:00", "1.00:00:00", "00:01:00", "StaleAfter must be longer than CheckInterval")]
    public void Settings_that_would_break_the_watch_are_refused_with_the_reason(string interval, string staleAfter, string firstDelay, string reason)
    {
        var options = new InstanceWatchOptions
        {
            CheckInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture),
            StaleAfter = TimeSpan.Parse(staleAfter, System.Globalization.CultureInfo.InvariantCulture),
            FirstCheckDelay = TimeSpan.Parse(firstDelay, System.Globalization.CultureInfo.InvariantCulture),
        };
        var refused = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }
}
