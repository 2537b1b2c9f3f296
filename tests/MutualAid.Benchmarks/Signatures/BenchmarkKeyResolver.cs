using MutualAid.ActivityPub.Signatures;

namespace MutualAid.Benchmarks.Signatures;

/// <summary>An in-memory resolver, so verification benchmarks measure signatures, not look-ups.</summary>
internal sealed class BenchmarkKeyResolver(IEnumerable<ResolvedPublicKey> keys) : IPublicKeyResolver
{
    private readonly Dictionary<string, ResolvedPublicKey> keys = keys.ToDictionary(k => k.KeyId, StringComparer.Ordinal);

    public ValueTask<ResolvedPublicKey?> ResolveAsync(string keyId, bool refresh, CancellationToken cancellationToken) =>
        ValueTask.FromResult(keys.GetValueOrDefault(keyId));
}
