using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Core.Listings.Actors;

namespace MutualAid.Core.Data.Configurations;

internal sealed class ListingActorTombstoneConfiguration : IEntityTypeConfiguration<ListingActorTombstone>
{
    public void Configure(EntityTypeBuilder<ListingActorTombstone> builder)
    {
        builder.HasIndex(t => t.Username).IsUnique();
        builder.HasIndex(t => t.ListingPublicId);
        builder.Property(t => t.Username).HasMaxLength(130);
        builder.Property(t => t.ActorIri).HasMaxLength(2048);
        builder.Property(t => t.ListingPublicId).HasMaxLength(64);
    }
}
