using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class DeliveryJobConfiguration : IEntityTypeConfiguration<DeliveryJob>
{
    public void Configure(EntityTypeBuilder<DeliveryJob> builder)
    {
        builder.HasIndex(j => new { j.OutboxActivityId, j.InboxUrl }).IsUnique();
        builder.HasIndex(j => new { j.State, j.NextAttemptAt });
        builder.HasIndex(j => new { j.State, j.CompletedAt });
        builder.Property(j => j.InboxUrl).HasMaxLength(2048);
        builder.Property(j => j.Host).HasMaxLength(253);
        builder.Property(j => j.LastError).HasMaxLength(2000);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(j => j.Activity).WithMany().HasForeignKey(j => j.OutboxActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
