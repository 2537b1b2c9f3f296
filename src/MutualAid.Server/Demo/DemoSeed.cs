using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Accounts;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Listings.Import;

namespace MutualAid.Server.Demo;

/// <summary>Seeds an empty database with the demo collective, its admin and listings of every kind.</summary>
public static class DemoSeed
{
    public const string CollectiveSlug = "barrio-unido";
    public const string Email = "demo@mutualaid.example";
    public const string Password = "solidarity-not-charity";

    /// <summary>Returns the number of listings seeded, or null when the database already had collectives.</summary>
    public static async Task<int?> SeedIfEmptyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<MutualAidDbContext>();
        if (await db.Collectives.AnyAsync(cancellationToken))
        {
            return null;
        }

        await services.GetRequiredService<AddCollective>().ExecuteAsync(CollectiveSlug, new CollectiveProfileInput
        {
            Name = "Barrio Unido Mutual Aid",
            Summary = "Neighbours feeding, housing and defending neighbours on the Lower West Side since the 2020 floods. Solidarity, not charity.",
            Languages = ["en", "es", "ar"],
            AreaServed = "Pilsen, Little Village and the Lower West Side, Chicago",
            Website = "https://barrio-unido.example",
            FrontGateContact = "Text or call +1 312 555 0142 (English, español, العربية), or knock at 1831 S Racine Ave, Tue–Sat 10:00–18:00.",
        }, cancellationToken);
        await services.GetRequiredService<AddUser>().ExecuteAsync(Email, Password, CollectiveSlug, MemberRole.Admin, cancellationToken);

        var time = services.GetRequiredService<TimeProvider>();
        var listings = DemoListings.Create(time.GetUtcNow());
        var rows = listings.Select((input, i) => ImportRow.Parsed($"demo listing [{i}]", input)).ToList();
        return await services.GetRequiredService<ImportListings>().ExecuteAsync(CollectiveSlug, rows, cancellationToken);
    }
}
