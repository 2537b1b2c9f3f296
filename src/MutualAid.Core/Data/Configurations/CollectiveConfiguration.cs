using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Core.Collectives;

namespace MutualAid.Core.Data.Configurations;

internal sealed class CollectiveConfiguration : IEntityTypeConfiguration<Collective>
{
    public void Configure(EntityTypeBuilder<Collective> builder)
    {
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Slug).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(2000);
        builder.Property(c => c.AreaServed).HasMaxLength(500);
        builder.Property(c => c.Website).HasMaxLength(2048);
        builder.Property(c => c.AvatarUrl).HasMaxLength(2048);
        builder.Property(c => c.HeaderUrl).HasMaxLength(2048);
        builder.Property(c => c.FrontGateContact).HasMaxLength(500);
        builder.PrimitiveCollection(c => c.Languages);
    }
}
