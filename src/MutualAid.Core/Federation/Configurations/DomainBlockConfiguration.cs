using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class DomainBlockConfiguration : IEntityTypeConfiguration<DomainBlock>
{
    public void Configure(EntityTypeBuilder<DomainBlock> builder)
    {
        builder.HasIndex(b => b.Domain).IsUnique();
        builder.Property(b => b.Domain).HasMaxLength(253);
        builder.Property(b => b.Reason).HasMaxLength(1000);
    }
}
