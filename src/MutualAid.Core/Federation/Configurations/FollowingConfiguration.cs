using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class FollowingConfiguration : IEntityTypeConfiguration<Following>
{
    public void Configure(EntityTypeBuilder<Following> builder)
    {
        builder.HasIndex(f => new { f.LocalActorIri, f.RemoteActorIri }).IsUnique();
        builder.HasIndex(f => f.FollowActivityIri);
        builder.Property(f => f.LocalActorIri).HasMaxLength(2048);
        builder.Property(f => f.RemoteActorIri).HasMaxLength(2048);
        builder.Property(f => f.FollowActivityIri).HasMaxLength(2048);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(32);
    }
}
