using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class OutboxActivityConfiguration : IEntityTypeConfiguration<OutboxActivity>
{
    public void Configure(EntityTypeBuilder<OutboxActivity> builder)
    {
        builder.HasIndex(a => a.Iri).IsUnique();
        builder.HasIndex(a => new { a.ActorIri, a.Id });
        builder.Property(a => a.Iri).HasMaxLength(2048);
        builder.Property(a => a.ActorIri).HasMaxLength(2048);
        builder.Property(a => a.Type).HasMaxLength(64);
        builder.Property(a => a.ObjectIri).HasMaxLength(2048);
    }
}
