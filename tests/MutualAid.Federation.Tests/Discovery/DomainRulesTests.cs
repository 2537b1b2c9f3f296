using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Policy;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Discovery;

/// <summary>The in-memory domain rules: cached between requests, dropped on an admin edit, re-read after the refresh interval.</summary>
public sealed class DomainRulesTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task A_block_written_by_another_process_applies_after_the_refresh_interval_and_at_once_after_invalidation()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var b = _fediverse.Add("b.test", clock);
        Assert.True(await AllowsAsync(b, "https://spam.example/actors/x"));

        // Written straight to the database, as another server on the same database would: not seen yet.
        await b.InDatabaseAsync(db =>
        {
            db.Set<DomainBlock>().Add(new DomainBlock { Domain = "spam.example", CreatedAt = clock.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        Assert.True(await AllowsAsync(b, "https://spam.example/actors/x"));

        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.False(await AllowsAsync(b, "https://spam.example/actors/x"));
        Assert.False(await AllowsAsync(b, "https://deep.sub.spam.example/actors/x"));
        Assert.True(await AllowsAsync(b, "https://example/actors/x"));

        await b.InDatabaseAsync(db => db.Set<DomainBlock>().ExecuteDeleteAsync());
        Assert.False(await AllowsAsync(b, "https://spam.example/actors/x"));
        b.Services.GetRequiredService<DomainRules>().Invalidate();
        Assert.True(await AllowsAsync(b, "https://spam.example/actors/x"));
    }

    [Fact]
    public async Task Allowlist_mode_allows_listed_domains_and_their_subdomains_unless_blocked()
    {
        var b = _fediverse.Add("b.test", settings: new Dictionary<string, string>
        {
            ["MutualAid:FederationMode"] = "Allowlist",
            ["MutualAid:Federation:AllowedDomains:0"] = "friends.example",
            ["MutualAid:Federation:BlockedDomains:0"] = "bad.friends.example",
        });
        Assert.True(await AllowsAsync(b, "friends.example"));
        Assert.True(await AllowsAsync(b, "https://social.friends.example/users/x"));
        Assert.False(await AllowsAsync(b, "https://bad.friends.example/users/x"));
        Assert.False(await AllowsAsync(b, "https://stranger.example/users/x"));
        Assert.False(await AllowsAsync(b, "https://example/users/x"));
        Assert.False(await AllowsAsync(b, ""));
    }

    [Fact]
    public void A_negative_refresh_interval_is_refused_at_start()
    {
        var options = new FederationOptions { DomainRulesRefresh = TimeSpan.FromSeconds(-1) };
        Assert.Contains("DomainRulesRefresh", Assert.Throws<InvalidOperationException>(options.Validate).Message, StringComparison.Ordinal);
    }

    private static async Task<bool> AllowsAsync(FediverseInstance instance, string hostOrIri)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DomainPolicy>().AllowsAsync(hostOrIri, CancellationToken.None);
    }

    public void Dispose() => _fediverse.Dispose();
}
