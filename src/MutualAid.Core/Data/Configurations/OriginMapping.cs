using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MutualAid.Core.Listings;

namespace MutualAid.Core.Data.Configurations;

internal static class OriginMapping
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, Origin> origin)
        where TOwner : class
    {
        origin.Property(o => o.Kind).HasColumnName("OriginKind");
        origin.Property(o => o.ObjectIri).HasColumnName("OriginObjectIri").HasMaxLength(2048);
        origin.Property(o => o.ActorIri).HasColumnName("OriginActorIri").HasMaxLength(2048);
        origin.Property(o => o.InstanceDomain).HasColumnName("OriginInstanceDomain").HasMaxLength(253);
        origin.Property(o => o.FetchedAt).HasColumnName("OriginFetchedAt");
        origin.Property(o => o.RemoteUpdatedAt).HasColumnName("OriginRemoteUpdatedAt");
    }
}
