using Microsoft.Extensions.Options;
using MutualAid.Core.Listings;
using MutualAid.Federation;

namespace MutualAid.Server.Maintenance;

/// <summary>Runs <see cref="ExpireListings"/> on the clock, so followers hear of every expiry once it passes.</summary>
internal sealed class ListingExpiryWorker(
    IServiceScopeFactory scopes,
    IOptions<ListingExpiryOptions> options,
    IOptions<FederationOptions> federation,
    TimeProvider time,
    ILogger<ListingExpiryWorker> logger) : PeriodicWorker(federation, time, logger)
{
    protected override string ChoreName => "listing expiry";

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExpireListings>().ExecuteAsync(cancellationToken) == ExpireListings.BatchSize;
    }
}
