using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class RemoteBlockConfiguration : IEntityTypeConfiguration<RemoteBlock>
{
    public void Configure(EntityTypeBuilder<RemoteBlock> builder)
    {
        builder.HasIndex(b => new { b.RemoteActorIri, b.LocalActorIri }).IsUnique();
        builder.Property(b => b.RemoteActorIri).HasMaxLength(2048);
        builder.Property(b => b.LocalActorIri).HasMaxLength(2048);
        builder.Property(b => b.ActivityIri).HasMaxLength(2048);
    }
}
