using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Core.Federation.Configurations;

internal sealed class RemoteActorConfiguration : IEntityTypeConfiguration<RemoteActor>
{
    public void Configure(EntityTypeBuilder<RemoteActor> builder)
    {
        builder.HasIndex(a => a.Iri).IsUnique();
        builder.HasIndex(a => a.Domain);
        builder.Property(a => a.Iri).HasMaxLength(2048);
        builder.Property(a => a.Type).HasMaxLength(64);
        builder.Property(a => a.Username).HasMaxLength(256);
        builder.Property(a => a.Domain).HasMaxLength(253);
        builder.Property(a => a.Name).HasMaxLength(500);
        builder.Property(a => a.InboxUrl).HasMaxLength(2048);
        builder.Property(a => a.SharedInboxUrl).HasMaxLength(2048);
        builder.Property(a => a.FollowersUrl).HasMaxLength(2048);
        builder.Property(a => a.ProfileUrl).HasMaxLength(2048);
        builder.Ignore(a => a.DeliveryInbox);
    }
}
