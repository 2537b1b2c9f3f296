using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Server.Auth;
using MutualAid.Server.Hosting;

namespace MutualAid.Server.Tests.Auth;

public sealed class LoginThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly LoginThrottle _throttle;

    public LoginThrottleTests()
    {
        _throttle = new LoginThrottle(Options.Create(new MutualAidOptions
        {
            MaxFailedLoginsPerAccount = 3,
            MaxFailedLoginsPerAddress = 5,
            FailedLoginWindowMinutes = 10,
        }), _time);
    }

    [Fact]
    public void An_account_is_blocked_after_the_limit_and_released_when_the_window_passes()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(_throttle.RetryAfter("10.0.0.1", "ana@example.org"));
            _throttle.RecordFailure("10.0.0.1", "ana@example.org");
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(TimeSpan.FromMinutes(7), _throttle.RetryAfter("10.0.0.2", "ANA@example.org"));
        _time.Advance(TimeSpan.FromMinutes(7));
        Assert.Null(_throttle.RetryAfter("10.0.0.2", "ana@example.org"));
    }

    [Fact]
    public void An_address_is_blocked_after_failing_across_many_accounts()
    {
        for (var i = 0; i < 5; i++)
        {
            _throttle.RecordFailure("10.0.0.9", $"user{i}@example.org");
        }

        Assert.NotNull(_throttle.RetryAfter("10.0.0.9", "fresh@example.org"));
        Assert.Null(_throttle.RetryAfter("10.0.0.10", "fresh@example.org"));
    }

    [Fact]
    public void A_successful_login_clears_the_account_failures()
    {
        _throttle.RecordFailure("10.0.0.1", "ben@example.org");
        _throttle.RecordFailure("10.0.0.1", "ben@example.org");
        _throttle.RecordSuccess("ben@example.org");
        _throttle.RecordFailure("10.0.0.1", "ben@example.org");
        _throttle.RecordFailure("10.0.0.1", "ben@example.org");

        Assert.Null(_throttle.RetryAfter("10.0.0.1", "ben@example.org"));
    }
}
