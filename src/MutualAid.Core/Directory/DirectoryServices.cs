using Microsoft.Extensions.DependencyInjection;

namespace MutualAid.Core.Directory;

public static class DirectoryServices
{
    /// <summary>The directory use cases; the storage registers its <see cref="IListingTextIndex"/>.</summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddScoped<PlaceGazetteer>();
        services.AddScoped<SearchDirectory>();
        services.AddScoped<FindFederatedListing>();
        services.AddScoped<ListListingUpdates>();
        services.AddScoped<LocalListingActors>();
        services.AddScoped<FindRemoteCollective>();
        return services;
    }
}
