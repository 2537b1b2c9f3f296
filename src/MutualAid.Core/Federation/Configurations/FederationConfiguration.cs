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

internal sealed class FollowerConfiguration : IEntityTypeConfiguration<Follower>
{
    public void Configure(EntityTypeBuilder<Follower> builder)
    {
        builder.HasIndex(f => new { f.LocalActorIri, f.RemoteActorId }).IsUnique();
        builder.Property(f => f.LocalActorIri).HasMaxLength(2048);
        builder.Property(f => f.FollowActivityIri).HasMaxLength(2048);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(f => f.RemoteActor).WithMany().HasForeignKey(f => f.RemoteActorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowingConfiguration : IEntityTypeConfiguration<Following>
{
    public void Configure(EntityTypeBuilder<Following> builder)
    {
        builder.HasIndex(f => new { f.LocalActorIri, f.RemoteActorIri }).IsUnique();
        builder.HasIndex(f => f.FollowActivityIri);
        builder.Property(f => f.LocalActorIri).HasMaxLength(2048);
        builder.Property(f => f.RemoteActorIri).HasMaxLength(2048);
        builder.Property(f => f.FollowActivityIri).HasMaxLength(2048);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(32);
    }
}

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.HasIndex(i => i.ActivityIri).IsUnique();
        builder.HasIndex(i => new { i.State, i.NextAttemptAt });
        builder.Property(i => i.ActivityIri).HasMaxLength(2048);
        builder.Property(i => i.ActivityType).HasMaxLength(64);
        builder.Property(i => i.ActorIri).HasMaxLength(2048);
        builder.Property(i => i.ReceivedBy).HasMaxLength(2048);
        builder.Property(i => i.AuthenticatedBy).HasMaxLength(2048);
        builder.Property(i => i.Error).HasMaxLength(2000);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(32);
    }
}

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

internal sealed class DeliveryJobConfiguration : IEntityTypeConfiguration<DeliveryJob>
{
    public void Configure(EntityTypeBuilder<DeliveryJob> builder)
    {
        builder.HasIndex(j => new { j.OutboxActivityId, j.InboxUrl }).IsUnique();
        builder.HasIndex(j => new { j.State, j.NextAttemptAt });
        builder.Property(j => j.InboxUrl).HasMaxLength(2048);
        builder.Property(j => j.Host).HasMaxLength(253);
        builder.Property(j => j.LastError).HasMaxLength(2000);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(j => j.Activity).WithMany().HasForeignKey(j => j.OutboxActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeliveryHostConfiguration : IEntityTypeConfiguration<DeliveryHost>
{
    public void Configure(EntityTypeBuilder<DeliveryHost> builder)
    {
        builder.HasKey(h => h.Host);
        builder.Property(h => h.Host).HasMaxLength(253);
    }
}

internal sealed class DomainBlockConfiguration : IEntityTypeConfiguration<DomainBlock>
{
    public void Configure(EntityTypeBuilder<DomainBlock> builder)
    {
        builder.HasIndex(b => b.Domain).IsUnique();
        builder.Property(b => b.Domain).HasMaxLength(253);
        builder.Property(b => b.Reason).HasMaxLength(1000);
    }
}

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.HasIndex(i => i.ActivityIri).IsUnique();
        builder.HasIndex(i => new { i.ObjectIri, i.Kind });
        builder.Property(i => i.ActivityIri).HasMaxLength(2048);
        builder.Property(i => i.ActorIri).HasMaxLength(2048);
        builder.Property(i => i.ObjectIri).HasMaxLength(2048);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
    }
}

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

internal sealed class RemoteBlockConfiguration : IEntityTypeConfiguration<RemoteBlock>
{
    public void Configure(EntityTypeBuilder<RemoteBlock> builder)
    {
        builder.HasIndex(b => new { b.RemoteActorIri, b.LocalActorIri }).IsUnique();
        builder.Property(b => b.RemoteActorIri).HasMaxLength(2048);
        builder.Property(b => b.LocalActorIri).HasMaxLength(2048);
        builder.Property(b => b.ActivityIri).HasMaxLength(2048);
    }
}
