using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Server.Tests.Api;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Auth;

public sealed class TokenLifetimeTests(TokenLifetimeTests.ClockFactory factory) : IClassFixture<TokenLifetimeTests.ClockFactory>
{
    [Fact]
    public async Task Access_tokens_expire_after_fifteen_minutes_and_refresh_tokens_after_thirty_days()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = factory.CreateClient();
        var tokens = await client.LoginAsync(member.Email, member.Password);

        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        using var fresh = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", ListingSamples.Offer());
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        using var stale = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", ListingSamples.Offer());
        using var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
        var renewed = (await refreshed.Content.ReadFromJsonAsync<TokenPair>())!;
        factory.Clock.Advance(TimeSpan.FromDays(31));
        using var tooOld = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = renewed.RefreshToken });

        Assert.Equal(HttpStatusCode.Created, fresh.StatusCode);
        await stale.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        await tooOld.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>The app with a clock the test moves.</summary>
    public sealed class ClockFactory : MutualAidAppFactory
    {
        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }
}
