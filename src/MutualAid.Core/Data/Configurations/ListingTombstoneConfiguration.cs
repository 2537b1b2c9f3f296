using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Core.Listings;

namespace MutualAid.Core.Data.Configurations;

internal sealed class ListingTombstoneConfiguration : IEntityTypeConfiguration<ListingTombstone>
{
    public void Configure(EntityTypeBuilder<ListingTombstone> builder)
    {
        builder.HasIndex(t => t.PublicId).IsUnique();
        builder.Property(t => t.PublicId).HasMaxLength(64);
        builder.OwnsOne(t => t.Origin, origin =>
        {
            OriginMapping.Configure(origin);

            // A tombstone has no actor to follow.
            origin.Ignore(o => o.ListingActorIri);
            origin.Ignore(o => o.ListingActorHandle);
            origin.Ignore(o => o.ListingActorFollowers);
        });
        builder.Navigation(t => t.Origin).IsRequired();
    }
}
