using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MutualAid.Server.Hosting;

namespace MutualAid.Server.Auth;

/// <summary>
/// Counts failed logins per account and per client address in a sliding window. Blocked callers get 429
/// before any password hashing happens, which also caps the CPU an attacker can make us spend.
/// </summary>
public sealed class LoginThrottle(IOptions<MutualAidOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.FailedLoginWindowMinutes);

    /// <summary>How long the caller must wait, or null when they may try.</summary>
    public TimeSpan? RetryAfter(string address, string account)
    {
        var now = time.GetUtcNow();
        var byAccount = Wait(AccountKey(account), options.Value.MaxFailedLoginsPerAccount, now);
        var byAddress = Wait(AddressKey(address), options.Value.MaxFailedLoginsPerAddress, now);
        return (byAccount, byAddress) switch
        {
            (null, null) => null,
            ({ } a, null) => a,
            (null, { } b) => b,
            ({ } a, { } b) => a > b ? a : b,
        };
    }

    public void RecordFailure(string address, string account)
    {
        var now = time.GetUtcNow();
        Record(AccountKey(account), now);
        Record(AddressKey(address), now);
    }

    /// <summary>A successful login clears the account's failures (not the address's: one good password does not vouch for the rest).</summary>
    public void RecordSuccess(string account) => _failures.TryRemove(AccountKey(account), out _);

    private TimeSpan? Wait(string key, int limit, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var queue))
        {
            return null;
        }

        lock (queue)
        {
            Prune(queue, now);
            return queue.Count >= limit ? queue.Peek() + Window - now : null;
        }
    }

    private void Record(string key, DateTimeOffset now)
    {
        var queue = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Prune(queue, now);
            queue.Enqueue(now);
        }
    }

    private void Prune(Queue<DateTimeOffset> queue, DateTimeOffset now)
    {
        while (queue.Count > 0 && queue.Peek() + Window <= now)
        {
            queue.Dequeue();
        }
    }

    private static string AccountKey(string account) => "account:" + account.Trim().ToLowerInvariant();

    private static string AddressKey(string address) => "address:" + address;
}
