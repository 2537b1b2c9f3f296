using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Accounts;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;

namespace MutualAid.Testing;

/// <summary>
/// The server in-process over a real SQLite file in a temp directory, with intent methods for setting up
/// collectives and members. One factory per test class; tests create their own collectives.
/// </summary>
public class MutualAidAppFactory : WebApplicationFactory<Program>
{
    /// <summary>A password long enough for the rules, shared by all seeded test members.</summary>
    public const string Password = "correct horse battery staple";

    private readonly TempDirectory _data = new();
    private int _sequence;
    private bool _keepData;

    public string DataDirectory => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("MutualAid:DataDirectory", _data.Path);
        builder.UseSetting("MutualAid:Domain", "aid.test");
        // A lone test server has no fake network: its instance watch must never probe the (fake) remote
        // domains of seeded listings for real. Fediverse instances turn it back on.
        builder.UseSetting("MutualAid:Federation:Instances:FirstCheckDelay", "30.00:00:00");
        builder.ConfigureTestServices(services =>
        {
            // Cheap Argon2id parameters: the production cost would make the suite crawl, not safer.
            services.AddSingleton(new PasswordHasher(memoryKib: 1024, passes: 1));
            ConfigureTestServices(services);
        });
    }

    /// <summary>Hook for subclasses (e.g. to swap the TimeProvider).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>A unique slug for this factory, e.g. <c>collective-3</c>.</summary>
    public string NewSlug(string prefix = "collective") => $"{prefix}-{Interlocked.Increment(ref _sequence)}";

    /// <summary>Creates a collective and a member with the given role; returns how to log in as them.</summary>
    public async Task<TestMember> CreateCollectiveWithAdminAsync(string? slug = null, MemberRole role = MemberRole.Admin)
    {
        slug ??= NewSlug();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AddCollective>()
            .ExecuteAsync(slug, new CollectiveProfileInput { Name = $"Collective {slug}", Languages = ["en"] }, CancellationToken.None);
        return await AddMemberAsync(slug, role);
    }

    /// <summary>Adds a new user to an existing collective.</summary>
    public async Task<TestMember> AddMemberAsync(string slug, MemberRole role)
    {
        var email = $"{NewSlug("member")}@{slug}.test";
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(email, Password, slug, role, CancellationToken.None);
        return new TestMember(slug, email, Password, role);
    }

    /// <summary>A client already logged in as <paramref name="member"/>.</summary>
    public async Task<HttpClient> CreateClientAsAsync(TestMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var client = CreateClient();
        await client.LoginAsync(member.Email, member.Password);
        return client;
    }

    /// <summary>Runs <paramref name="action"/> against the database in a fresh scope (for asserting stored state).</summary>
    public async Task<T> InDatabaseAsync<T>(Func<MutualAidDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<MutualAidDbContext>());
    }

    /// <summary>Stops the server and keeps its data directory until <see cref="DeleteData"/>.</summary>
    public void StopKeepingData()
    {
        _keepData = true;
        Dispose();
    }

    public void DeleteData() => _data.Dispose();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_keepData)
        {
            _data.Dispose();
        }
    }
}
