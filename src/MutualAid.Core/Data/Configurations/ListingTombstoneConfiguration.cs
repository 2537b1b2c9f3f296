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
        builder.OwnsOne(t => t.Origin, OriginMapping.Configure);
        builder.Navigation(t => t.Origin).IsRequired();
    }
}
