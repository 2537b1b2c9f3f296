using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MutualAid.Core.Accounts;
using MutualAid.Core.Collectives;
using MutualAid.Core.Federation;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Actors;
using MutualAid.Core.Listings.Import;
using MutualAid.Core.Text;

namespace MutualAid.Core;

public static class MutualAidCoreServices
{
    /// <summary>Registers the use cases; storage (the DbContext) is added by a Data.* project.</summary>
    public static IServiceCollection AddMutualAidCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PasswordHasher>(_ => new PasswordHasher());
        services.AddSingleton<MarkdownRenderer>();

        // The federation module replaces this with its outbox; without it changes stay local.
        services.TryAddScoped<IListingPublisher, UnfederatedPublisher>();

        services.AddScoped<CollectiveAccess>();
        services.AddScoped<AddCollective>();
        services.AddScoped<FindCollective>();
        services.AddScoped<UpdateCollectiveProfile>();

        services.AddScoped<AddUser>();
        services.AddScoped<SignIn>();
        services.AddScoped<RefreshTokens>();

        services.AddScoped<ListingLookup>();
        services.AddScoped<ListingActorSlugs>();
        services.AddScoped<FindListingActor>();
        services.AddScoped<FindListing>();
        services.AddScoped<FindListingToEdit>();
        services.AddScoped<ListListings>();
        services.AddScoped<CreateListing>();
        services.AddScoped<UpdateListing>();
        services.AddScoped<DeleteListing>();
        services.AddScoped<ExpireListings>();
        services.AddScoped<ImportListings>();
        services.AddDirectory();
        return services;
    }
}
