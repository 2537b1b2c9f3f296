using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Directory;

/// <summary>The app on a fake clock set to Tuesday 1 December 2026, 10:00 UTC, so expiry and opening hours are testable.</summary>
public sealed class ClockedAppFactory : MutualAidAppFactory
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
