using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class FederatedReportConfiguration : IEntityTypeConfiguration<FederatedReport>
{
    public void Configure(EntityTypeBuilder<FederatedReport> builder)
    {
        builder.HasIndex(r => r.ActivityIri).IsUnique();
        builder.Property(r => r.ActivityIri).HasMaxLength(2048);
        builder.Property(r => r.ReporterIri).HasMaxLength(2048);
        builder.Property(r => r.TargetActorIri).HasMaxLength(2048);
        builder.Property(r => r.Comment).HasMaxLength(5000);
    }
}
