using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Core.Instances;

namespace MutualAid.Core.Data.Configurations;

internal sealed class InstanceSettingsConfiguration : IEntityTypeConfiguration<InstanceSettings>
{
    public void Configure(EntityTypeBuilder<InstanceSettings> builder)
    {
        builder.ToTable("Instance");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Domain).HasMaxLength(253);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Description).HasMaxLength(5000);
        builder.Property(i => i.Contact).HasMaxLength(500);
        builder.PrimitiveCollection(i => i.Languages);
        builder.PrimitiveCollection(i => i.Rules);
        builder.PrimitiveCollection(i => i.AllowedDomains);
    }
}
