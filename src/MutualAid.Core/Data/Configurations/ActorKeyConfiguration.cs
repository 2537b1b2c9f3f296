using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Core.Keys;

namespace MutualAid.Core.Data.Configurations;

internal sealed class ActorKeyConfiguration : IEntityTypeConfiguration<ActorKey>
{
    public void Configure(EntityTypeBuilder<ActorKey> builder)
    {
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.HasIndex(k => new { k.OwnerKind, k.OwnerId });
        builder.Property(k => k.KeyId).HasMaxLength(2048);
        builder.Property(k => k.PublicKeyPem).HasMaxLength(8000);
        builder.Property(k => k.PrivateKeyPem).HasMaxLength(8000);
    }
}
