using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Core.Data;

namespace MutualAid.Testing.Fediverse;

/// <summary>
/// One instance of a test fediverse: the whole server in-process on its own domain and data directory, its
/// federation HttpClient wired to the <see cref="FediverseRouter"/> instead of sockets.
/// </summary>
public sealed class FediverseInstance(string domain, FediverseRouter router, FakeTimeProvider? time = null, string? dataDirectory = null, IReadOnlyDictionary<string, string>? settings = null) : MutualAidAppFactory
{
    public string Domain { get; } = domain;

    public string Base => "https://" + Domain;

    public FakeTimeProvider? Time { get; } = time;

    public string DataPath => dataDirectory ?? DataDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        builder.UseSetting("MutualAid:Domain", Domain);
        if (dataDirectory is not null)
        {
            builder.UseSetting("MutualAid:DataDirectory", dataDirectory);
        }

        builder.UseSetting("MutualAid:Federation:WorkerPollInterval", "00:00:00.200");
        builder.UseSetting("MutualAid:Federation:KeyRefetchInterval", "00:00:00");
        builder.UseSetting("MutualAid:Federation:Instances:FirstCheckDelay", "00:01:00");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddHttpClient("federation").ConfigurePrimaryHttpMessageHandler(router.CreateHandler);
        if (Time is not null)
        {
            services.AddSingleton<TimeProvider>(Time);
        }
    }

    /// <summary>Polls the database until <paramref name="condition"/> holds (the workers run in the background).</summary>
    public async Task<T> EventuallyAsync<T>(Func<MutualAidDbContext, Task<T>> probe, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await InDatabaseAsync(probe);
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Domain}: timed out waiting for {what} (last value: {value}).");
            }

            await Task.Delay(50);
        }
    }
}
