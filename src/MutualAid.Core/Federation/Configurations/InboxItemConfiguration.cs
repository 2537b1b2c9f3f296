using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.HasIndex(i => i.ActivityIri).IsUnique();
        builder.HasIndex(i => new { i.State, i.NextAttemptAt });
        builder.HasIndex(i => new { i.State, i.ReceivedAt });
        builder.Property(i => i.ActivityIri).HasMaxLength(2048);
        builder.Property(i => i.ActivityType).HasMaxLength(64);
        builder.Property(i => i.ActorIri).HasMaxLength(2048);
        builder.Property(i => i.ReceivedBy).HasMaxLength(2048);
        builder.Property(i => i.AuthenticatedBy).HasMaxLength(2048);
        builder.Property(i => i.Error).HasMaxLength(2000);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(32);
    }
}
