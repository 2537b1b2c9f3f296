using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Data.Configurations;

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> builder)
    {
        builder.HasIndex(l => l.PublicId).IsUnique();
        builder.HasIndex(l => new { l.CollectiveId, l.Id });
        builder.Property(l => l.PublicId).HasMaxLength(64);
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.Language).HasMaxLength(35);
        builder.Property(l => l.ServiceArea).HasMaxLength(500);
        builder.Property(l => l.ActorSlug).HasMaxLength(64);
        builder.HasIndex(l => new { l.CollectiveId, l.ActorSlug }).IsUnique();
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(l => l.Categories).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(l => l.Tags);
        builder.HasOne(l => l.Collective).WithMany().HasForeignKey(l => l.CollectiveId).OnDelete(DeleteBehavior.Cascade);

        builder.OwnsOne(l => l.Origin, origin =>
        {
            OriginMapping.Configure(origin);
            origin.HasIndex(o => o.ObjectIri);
            // Stale marks are set and cleared per instance, in bulk.
            origin.HasIndex(o => o.InstanceDomain);

            origin.Property(o => o.ListingActorIri).HasColumnName("OriginListingActorIri").HasMaxLength(2048);
            origin.Property(o => o.ListingActorHandle).HasColumnName("OriginListingActorHandle").HasMaxLength(320);
            origin.Property(o => o.ListingActorFollowers).HasColumnName("OriginListingActorFollowers");
            origin.HasIndex(o => o.ListingActorIri);
            origin.Property(o => o.StaleSince).HasColumnName("OriginStaleSince");
        });
        builder.Navigation(l => l.Origin).IsRequired();

        builder.OwnsOne(l => l.Location, location =>
        {
            location.Property(x => x.PlaceName).HasColumnName("PlaceName").HasMaxLength(200);
            location.Property(x => x.Precision).HasColumnName("LocationPrecision");
            location.Property(x => x.ExactLatitude).HasColumnName("ExactLatitude");
            location.Property(x => x.ExactLongitude).HasColumnName("ExactLongitude");
            location.Property(x => x.PublicLatitude).HasColumnName("PublicLatitude");
            location.Property(x => x.PublicLongitude).HasColumnName("PublicLongitude");
        });

        builder.OwnsOne(l => l.Offer, offer =>
        {
            offer.Property(x => x.What).HasMaxLength(200);
            offer.Property(x => x.Unit).HasMaxLength(50);
            offer.Property(x => x.Conditions).HasMaxLength(2000);
        });
        builder.OwnsOne(l => l.Need, need =>
        {
            need.Property(x => x.What).HasMaxLength(200);
            need.Property(x => x.Unit).HasMaxLength(50);
        });
        builder.OwnsOne(l => l.Fund, fund =>
        {
            fund.Property(x => x.Currency).HasMaxLength(3);
            fund.Property(x => x.GiveElsewhereText).HasMaxLength(2000);
            fund.Property(x => x.GiveElsewhereUrl).HasMaxLength(2048);
            fund.Property(x => x.HowToGive).HasMaxLength(4000);
            fund.Property(x => x.LastDisbursement).HasMaxLength(500);
        });
        builder.OwnsOne(l => l.Contact, contact =>
        {
            contact.Property(x => x.Phone).HasMaxLength(50);
            contact.Property(x => x.Signal).HasMaxLength(100);
            contact.Property(x => x.Email).HasMaxLength(254);
            contact.Property(x => x.Url).HasMaxLength(2048);
            contact.PrimitiveCollection(x => x.LanguagesSpoken);
            contact.OwnsOne(x => x.Schedule, ConfigureSchedule);
        });
        builder.OwnsOne(l => l.Service, service =>
        {
            service.OwnsOne(x => x.Schedule, ConfigureSchedule);
            service.Navigation(x => x.Schedule).IsRequired();
        });
        builder.OwnsOne(l => l.SavingsCircle, circle =>
        {
            circle.Property(x => x.LocalName).HasMaxLength(100);
            circle.Property(x => x.Currency).HasMaxLength(3);
        });
    }

    private static void ConfigureSchedule<TOwner>(OwnedNavigationBuilder<TOwner, Schedule> schedule)
        where TOwner : class
    {
        schedule.Property(x => x.Recurrence).HasMaxLength(500);
        schedule.Property(x => x.TimeZone).HasMaxLength(64);
    }
}
