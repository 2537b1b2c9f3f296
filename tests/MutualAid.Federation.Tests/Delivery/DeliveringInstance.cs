using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Delivery;
using MutualAid.Testing;

namespace MutualAid.Federation.Tests.Delivery;

/// <summary>
/// A sending instance (b.test) whose federation HttpClient reaches <see cref="ScriptedInboxes"/>, on a fake clock, with
/// the workers off so a test drives <see cref="DeliveryRunner"/> run by run, and commits counted.
/// </summary>
internal sealed class DeliveringInstance(IReadOnlyDictionary<string, string>? settings = null) : MutualAidAppFactory
{
    public const string Domain = "b.test";
    public const string Collective = "food-bank";

    public ScriptedInboxes Network { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    public CommitCounter Commits { get; } = new();

    public DeliveryRunner Runner => Services.GetRequiredService<DeliveryRunner>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        builder.UseSetting("MutualAid:Domain", Domain);
        builder.UseSetting("MutualAid:Federation:RunWorkers", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddHttpClient("federation").ConfigurePrimaryHttpMessageHandler(() => Network);
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<MutualAidDbContext>(options => options.AddInterceptors(Commits));
    }

    /// <summary>The collective, with one follower per entry of <paramref name="followers"/> (host name of each), sharing their host's inbox.</summary>
    public async Task<HttpClient> CollectiveFollowedFromAsync(params string[] followers)
    {
        var member = await CreateCollectiveWithAdminAsync(Collective);
        await InDatabaseAsync(db =>
        {
            for (var i = 0; i < followers.Length; i++)
            {
                var actor = new RemoteActor
                {
                    Iri = $"https://{followers[i]}/users/u{i}",
                    Domain = followers[i],
                    InboxUrl = $"https://{followers[i]}/users/u{i}/inbox",
                    SharedInboxUrl = SharedInbox(followers[i]),
                };
                db.Set<RemoteActor>().Add(actor);
                db.Set<Follower>().Add(new Follower { LocalActorIri = $"https://{Domain}/actors/{Collective}", RemoteActor = actor, State = FollowState.Accepted, FollowActivityIri = actor.Iri + "#follow" });
            }

            return db.SaveChangesAsync();
        });
        return await CreateClientAsAsync(member);
    }

    public static string SharedInbox(string host) => $"https://{host}/inbox";

    /// <summary>The job of the <paramref name="nth"/> activity (oldest first) of type <paramref name="type"/> to <paramref name="host"/>.</summary>
    public Task<DeliveryJob> JobAsync(string host, string type = "Create", int nth = 0) => InDatabaseAsync(db => db.Set<DeliveryJob>().AsNoTracking()
        .Where(j => j.Host == host && j.Activity!.Type == type).OrderBy(j => j.Id).Skip(nth).FirstAsync());

    public Task<DeliveryHost?> HostAsync(string host) => InDatabaseAsync(db => db.Set<DeliveryHost>().AsNoTracking().SingleOrDefaultAsync(h => h.Host == host));
}
