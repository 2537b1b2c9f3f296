using MutualAid.ActivityPub.Signatures;

namespace MutualAid.ActivityPub.Tests.Signatures.Conformance;

/// <summary>A resolver over a fixed table, counting look-ups so tests can see refetches.</summary>
internal sealed class StaticKeyResolver : IPublicKeyResolver
{
    private readonly Dictionary<string, ResolvedPublicKey> keys = new(StringComparer.Ordinal);

    public List<(string KeyId, bool Refresh)> Calls { get; } = [];

    /// <summary>When set, refresh=true answers with this table instead (a rotated key).</summary>
    public Dictionary<string, ResolvedPublicKey> AfterRefresh { get; } = new(StringComparer.Ordinal);

    public StaticKeyResolver Add(ResolvedPublicKey key)
    {
        keys[key.KeyId] = key;
        return this;
    }

    public ValueTask<ResolvedPublicKey?> ResolveAsync(string keyId, bool refresh, CancellationToken cancellationToken)
    {
        Calls.Add((keyId, refresh));
        if (refresh && AfterRefresh.TryGetValue(keyId, out var rotated))
        {
            return ValueTask.FromResult<ResolvedPublicKey?>(rotated);
        }

        return ValueTask.FromResult(keys.GetValueOrDefault(keyId));
    }
}
