using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Listings;
using MutualAid.Server.Demo;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Demo;

public sealed class DemoSeedTests
{
    [Fact]
    public async Task The_demo_seed_fills_an_empty_database_once_with_every_kind_in_three_languages()
    {
        using var factory = new MutualAidAppFactory();
        using var client = factory.CreateClient();

        var first = await SeedAsync(factory);
        var second = await SeedAsync(factory);

        Assert.Equal(DemoListings.Create(TimeProvider.System.GetUtcNow()).Count, first);
        Assert.Null(second);
        var listings = await factory.InDatabaseAsync(db => db.Listings.AsNoTracking().ToListAsync());
        Assert.Equal(Enum.GetValues<ListingKind>().Order(), listings.Select(l => l.Kind).Distinct().Order());
        Assert.Superset(new HashSet<string> { "en", "es", "ar" }, listings.Select(l => l.Language).ToHashSet());
        await client.LoginAsync(DemoSeed.Email, DemoSeed.Password);
    }

    private static async Task<int?> SeedAsync(MutualAidAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await DemoSeed.SeedIfEmptyAsync(scope.ServiceProvider, CancellationToken.None);
    }
}
