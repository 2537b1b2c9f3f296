using MutualAid.Federation.Actors;

namespace MutualAid.Server.Federation;

/// <summary>Loads (or creates) the instance actor's keys before requests: the signing HttpClient needs them.</summary>
internal sealed class FederationStartup(IServiceScopeFactory scopes, LocalActorKeys keys) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await keys.EnsureInstanceKeysAsync(scope.ServiceProvider.GetRequiredService<LocalActorDirectory>().Instance, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
