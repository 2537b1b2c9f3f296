using Microsoft.Extensions.Time.Testing;

namespace MutualAid.Testing.Fediverse;

/// <summary>Several instances in one test process, reaching each other by host name through one router.</summary>
public sealed class Fediverse : IDisposable
{
    private readonly List<FediverseInstance> _instances = [];

    public FediverseRouter Router { get; } = new();

    public FediverseInstance Add(string domain, FakeTimeProvider? time = null, string? dataDirectory = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var instance = new FediverseInstance(domain, Router, time, dataDirectory, settings);
        _ = instance.Server; // start it, so it can answer the others at once
        Router.Register(domain, () => instance.Server.CreateHandler());
        _instances.Add(instance);
        return instance;
    }

    /// <summary>Stops an instance (its data directory stays when given explicitly), e.g. to restart it.</summary>
    public void Stop(FediverseInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        _instances.Remove(instance);
        instance.Dispose();
    }

    public void Dispose()
    {
        // Every server stops before any data directory goes: one still running could otherwise reach one being
        // deleted, whose pipeline would open (and so create) its database mid-delete. Off the network first, so
        // the last deliveries meet a 503 rather than a stopped server.
        foreach (var instance in _instances)
        {
            Router.TakeDown(instance.Domain);
        }

        foreach (var instance in _instances)
        {
            instance.StopKeepingData();
        }

        foreach (var instance in _instances)
        {
            instance.DeleteData();
        }

        _instances.Clear();
    }
}
