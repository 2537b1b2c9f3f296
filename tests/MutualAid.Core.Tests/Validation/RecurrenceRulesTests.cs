using MutualAid.Core.Validation;

namespace MutualAid.Core.Tests.Validation;

public sealed class RecurrenceRulesTests
{
    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,WE,FR")]
    [InlineData("RRULE:FREQ=MONTHLY;BYDAY=-1FR")]
    [InlineData("freq=daily;interval=2;count=10")]
    [InlineData("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1;UNTIL=20301231T235959Z")]
    [InlineData("FREQ=WEEKLY;WKST=SU;BYHOUR=9,17;BYMINUTE=0")]
    public void Valid_rules_have_no_problems(string rule) => Assert.Empty(RecurrenceRules.Problems(rule));

    [Theory]
    [InlineData("", "required")]
    [InlineData("BYDAY=MO", "FREQ is required")]
    [InlineData("FREQ=FORTNIGHTLY", "FREQ must be one of")]
    [InlineData("FREQ=WEEKLY;BYDAY=MONDAY", "BYDAY")]
    [InlineData("FREQ=DAILY;COUNT=3;UNTIL=20300101", "UNTIL and COUNT")]
    [InlineData("FREQ=DAILY;INTERVAL=0", "INTERVAL must be a positive integer")]
    [InlineData("FREQ=DAILY;BYHOUR=24", "BYHOUR")]
    [InlineData("FREQ=DAILY;FREQ=WEEKLY", "more than once")]
    [InlineData("FREQ=DAILY;COLOR=RED", "not an RRULE part")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY")]
    public void Invalid_rules_say_what_is_wrong(string rule, string expected) =>
        Assert.Contains(RecurrenceRules.Problems(rule), problem => problem.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void Normalizing_strips_the_prefix_and_upper_cases() =>
        Assert.Equal("FREQ=WEEKLY;BYDAY=SA", RecurrenceRules.Normalize(" rrule:freq=weekly;byday=sa "));
}
