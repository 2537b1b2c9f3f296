using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class DeliveryHostConfiguration : IEntityTypeConfiguration<DeliveryHost>
{
    public void Configure(EntityTypeBuilder<DeliveryHost> builder)
    {
        builder.HasKey(h => h.Host);
        builder.Property(h => h.Host).HasMaxLength(253);
    }
}
