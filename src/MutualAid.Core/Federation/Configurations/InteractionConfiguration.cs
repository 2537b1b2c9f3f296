using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.HasIndex(i => i.ActivityIri).IsUnique();
        builder.HasIndex(i => new { i.ObjectIri, i.Kind });
        builder.Property(i => i.ActivityIri).HasMaxLength(2048);
        builder.Property(i => i.ActorIri).HasMaxLength(2048);
        builder.Property(i => i.ObjectIri).HasMaxLength(2048);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
    }
}
