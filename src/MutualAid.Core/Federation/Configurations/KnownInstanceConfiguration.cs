using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class KnownInstanceConfiguration : IEntityTypeConfiguration<KnownInstance>
{
    public void Configure(EntityTypeBuilder<KnownInstance> builder)
    {
        builder.HasKey(i => i.Domain);
        builder.Property(i => i.Domain).HasMaxLength(253);
        builder.Property(i => i.Software).HasMaxLength(100);
        builder.Property(i => i.SoftwareVersion).HasMaxLength(100);
        builder.Property(i => i.LastError).HasMaxLength(2000);
    }
}
