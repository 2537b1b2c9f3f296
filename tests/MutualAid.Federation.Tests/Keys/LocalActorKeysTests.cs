using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Federation.Actors;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Keys;

/// <summary>A key rotated by another process (the command line next to a running server) is picked up within the cache lifetime.</summary>
public sealed class LocalActorKeysTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task A_rotation_by_another_process_is_used_once_the_cache_lifetime_has_passed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var a = _fediverse.Add("a.test", clock, settings: new Dictionary<string, string> { ["MutualAid:Federation:RunWorkers"] = "false" });
        await a.CreateCollectiveWithAdminAsync("food-bank");
        var scopes = a.Services.GetRequiredService<IServiceScopeFactory>();
        LocalActor actor;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            actor = (await scope.ServiceProvider.GetRequiredService<LocalActorDirectory>().FindByUsernameAsync("food-bank", CancellationToken.None))!;
        }

        // Two caches over one database stand for the server and the command line.
        var server = new LocalActorKeys(scopes, clock);
        var commandLine = new LocalActorKeys(scopes, clock);
        var before = await server.GetAsync(actor, CancellationToken.None);
        var rotated = await commandLine.RotateRsaAsync(actor, CancellationToken.None);
        Assert.NotEqual(before.Rsa.PublicKeyPem, rotated.Rsa.PublicKeyPem);

        clock.Advance(LocalActorKeys.CacheLifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(before.Rsa.PublicKeyPem, (await server.GetAsync(actor, CancellationToken.None)).Rsa.PublicKeyPem);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(rotated.Rsa.PublicKeyPem, (await server.GetAsync(actor, CancellationToken.None)).Rsa.PublicKeyPem);
    }

    public void Dispose() => _fediverse.Dispose();
}
