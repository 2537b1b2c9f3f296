using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Federation;
using MutualAid.Federation.Policy;
using MutualAid.Federation.Publishing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Instances;

public sealed class InstanceFollowsAlongTests : IDisposable
{
    private const string InstanceActor = "https://a.test/actors/instance_actor";
    private readonly Fediverse _fediverse = new();

    public void Dispose() => _fediverse.Dispose();

    [Fact]
    public async Task When_a_collective_follow_is_accepted_the_instance_actor_follows_the_same_collective_once()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        await a.CreateCollectiveWithAdminAsync("tenants");
        await b.CreateCollectiveWithAdminAsync("food-bank");

        await InstanceSteps.CollectiveFollowsAsync(a, "tenants", "https://b.test/actors/food-bank");
        await a.EventuallyAsync(
            db => db.Set<Following>().Where(f => f.LocalActorIri == InstanceActor && f.RemoteActorIri == "https://b.test/actors/food-bank").Select(f => (FollowState?)f.State).SingleOrDefaultAsync(),
            state => state == FollowState.Accepted, "the instance actor's follow accepted");
        await b.EventuallyAsync(db => db.Set<Follower>().CountAsync(f => f.LocalActorIri == "https://b.test/actors/food-bank" && f.State == FollowState.Accepted),
            n => n == 2, "the collective and the instance actor as followers");

        // The collective follows again (say, after an unfollow elsewhere): its Accept comes back, the instance does not re-follow.
        await InstanceSteps.CollectiveFollowsAsync(a, "tenants", "https://b.test/actors/food-bank");
        await a.EventuallyAsync(db => db.Set<InboxItem>().CountAsync(i => i.ActivityType == "Accept" && i.State == InboxItemState.Processed), n => n == 3, "the three Accepts processed");
        Assert.Equal(1, await a.InDatabaseAsync(db => db.Set<OutboxActivity>().CountAsync(o => o.Type == "Follow" && o.ActorIri == InstanceActor)));
        Assert.Equal(1, await a.InDatabaseAsync(db => db.Set<Following>().CountAsync(f => f.LocalActorIri == InstanceActor)));
    }

    [Fact]
    public async Task Only_collectives_on_allowed_domains_are_followed_along_and_only_after_an_accept()
    {
        var a = _fediverse.Add("a.test");
        var c = _fediverse.Add("c.test");
        await a.CreateCollectiveWithAdminAsync("tenants");
        await c.CreateCollectiveWithAdminAsync("garden");
        await InstanceSteps.CollectiveFollowsAsync(a, "tenants", "https://c.test/actors/garden");
        await a.EventuallyAsync(db => db.Set<Following>().CountAsync(f => f.LocalActorIri == InstanceActor), n => n == 1, "the instance actor following along");

        var pending = new Following { LocalActorIri = "https://a.test/actors/tenants", RemoteActorIri = "https://c.test/actors/garden", FollowActivityIri = "https://a.test/activities/x", State = FollowState.Pending };
        Assert.Null(await FollowAlongAsync(a, pending));

        await a.InDatabaseAsync(async db =>
        {
            await db.Set<Following>().Where(f => f.LocalActorIri == InstanceActor).ExecuteDeleteAsync();
            db.Set<DomainBlock>().Add(new DomainBlock { Domain = "c.test", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        a.Services.GetRequiredService<DomainRules>().Invalidate();
        var accepted = await a.InDatabaseAsync(db => db.Set<Following>().AsNoTracking().SingleAsync(f => f.LocalActorIri == "https://a.test/actors/tenants"));
        Assert.Equal(FollowState.Accepted, accepted.State);
        Assert.Null(await FollowAlongAsync(a, accepted));
        Assert.Equal(0, await a.InDatabaseAsync(db => db.Set<Following>().CountAsync(f => f.LocalActorIri == InstanceActor)));

        await a.InDatabaseAsync(db => db.Set<DomainBlock>().ExecuteDeleteAsync());
        a.Services.GetRequiredService<DomainRules>().Invalidate();
        var followed = await FollowAlongAsync(a, accepted);
        Assert.NotNull(followed);
        Assert.Equal(InstanceActor, followed.LocalActorIri);
    }

    [Fact]
    public async Task An_actor_that_is_not_a_collective_is_not_followed_along()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        await a.CreateCollectiveWithAdminAsync("tenants");
        await b.CreateCollectiveWithAdminAsync("food-bank");
        await a.InDatabaseAsync(db =>
        {
            db.Set<RemoteActor>().Add(new RemoteActor { Iri = "https://b.test/users/alice", Domain = "b.test", Type = "Person", InboxUrl = "https://b.test/users/alice/inbox" });
            return db.SaveChangesAsync();
        });
        var follow = new Following { LocalActorIri = "https://a.test/actors/tenants", RemoteActorIri = "https://b.test/users/alice", FollowActivityIri = "https://a.test/activities/y", State = FollowState.Accepted };
        Assert.Null(await FollowAlongAsync(a, follow));
        var byInstance = new Following { LocalActorIri = InstanceActor, RemoteActorIri = "https://b.test/actors/food-bank", FollowActivityIri = "https://a.test/activities/z", State = FollowState.Accepted };
        Assert.Null(await FollowAlongAsync(a, byInstance));
    }

    private static async Task<Following?> FollowAlongAsync(FediverseInstance instance, Following follow)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InstanceFollowsAlong>().ExecuteAsync(follow, CancellationToken.None);
    }
}
