using Microsoft.Extensions.Options;
using MutualAid.Federation;
using MutualAid.Federation.Policy;

namespace MutualAid.Server.Maintenance;

/// <summary>
/// Runs <see cref="Defederation"/> at start (blocks from configuration) and whenever the domain rules change without
/// the admin API (another process, the allowlist mode), checking every <see cref="FederationOptions.DomainRulesRefresh"/>.
/// </summary>
internal sealed partial class DefederationWorker(
    IServiceScopeFactory scopes,
    IOptions<FederationOptions> federation,
    TimeProvider time,
    ILogger<DefederationWorker> logger) : PeriodicWorker(federation, time, logger)
{
    private string? _applied;

    protected override string ChoreName => "defederation";

    // Zero (rules read on every request) must not make the chore spin.
    protected override TimeSpan Interval => Federation.DomainRulesRefresh > TimeSpan.FromSeconds(5) ? Federation.DomainRulesRefresh : TimeSpan.FromSeconds(5);

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var fingerprint = await scope.ServiceProvider.GetRequiredService<DomainPolicy>().FingerprintAsync(cancellationToken);
        if (fingerprint == _applied)
        {
            return false;
        }

        var result = await scope.ServiceProvider.GetRequiredService<Defederation>().RunAsync(cancellationToken);
        if (result.Domains.Count > 0)
        {
            LogSevered(logger, string.Join(", ", result.Domains), result.Followers, result.Follows, result.Listings, result.DeliveryJobs);
        }

        _applied = fingerprint;
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No longer federating with {Domains}: removed {Followers} followers, {Follows} follows, {Listings} listings; gave up {DeliveryJobs} deliveries")]
    private static partial void LogSevered(ILogger logger, string domains, int followers, int follows, int listings, int deliveryJobs);
}
