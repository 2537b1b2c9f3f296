using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Accounts;
using MutualAid.Core.Collectives;
using MutualAid.Core.Instances;
using MutualAid.Core.Keys;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Data;

/// <summary>
/// The one database context. The model is provider-neutral (strings for enums, bounded varchar lengths,
/// decimals with precision); only SQLite gets DateTimeOffset stored as UTC ticks, because SQLite cannot
/// compare or order DateTimeOffset text.
/// </summary>
public class MutualAidDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The EF provider name of SQLite; the model adapts to it in <see cref="ConfigureConventions"/>.</summary>
    public const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    public DbSet<InstanceSettings> Instance => Set<InstanceSettings>();

    public DbSet<Collective> Collectives => Set<Collective>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<User> Users => Set<User>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<Listing> Listings => Set<Listing>();

    public DbSet<ListingTombstone> ListingTombstones => Set<ListingTombstone>();

    public DbSet<ActorKey> ActorKeys => Set<ActorKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<ListingKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ListingStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ListingVisibility>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<LocationPrecision>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<OriginKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<HandOver>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Urgency>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<FundPurpose>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<PayoutOrder>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MemberRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<FederationMode>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ActorKeyOwner>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ActorKeyType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(19, 4);

        if (Database.ProviderName == SqliteProviderName)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MutualAidDbContext).Assembly);
    }
}
