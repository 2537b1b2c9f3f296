using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class FollowerConfiguration : IEntityTypeConfiguration<Follower>
{
    public void Configure(EntityTypeBuilder<Follower> builder)
    {
        builder.HasIndex(f => new { f.LocalActorIri, f.RemoteActorId }).IsUnique();
        builder.Property(f => f.LocalActorIri).HasMaxLength(2048);
        builder.Property(f => f.FollowActivityIri).HasMaxLength(2048);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(f => f.RemoteActor).WithMany().HasForeignKey(f => f.RemoteActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
