namespace MutualAid.Server.Maintenance;

public static class MaintenanceSetup
{
    /// <summary>Background chores on the clock: listing expiry, queue retention and defederation (their options come with federation).</summary>
    public static WebApplicationBuilder AddMutualAidMaintenance(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ListingExpiryOptions>().BindConfiguration(ListingExpiryOptions.SectionName)
            .Validate(o => o.CheckInterval > TimeSpan.Zero, $"{ListingExpiryOptions.SectionName}: CheckInterval must be positive.").ValidateOnStart();
        builder.Services.AddHostedService<ListingExpiryWorker>();
        builder.Services.AddHostedService<QueueRetentionWorker>();
        builder.Services.AddHostedService<DefederationWorker>();
        return builder;
    }
}
