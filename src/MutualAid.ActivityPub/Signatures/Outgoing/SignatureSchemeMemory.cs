using System.Collections.Concurrent;

namespace MutualAid.ActivityPub.Signatures.Outgoing;

/// <summary>
/// Remembers per origin (scheme://host:port) which signature scheme a server accepted, so the
/// double-knock costs one extra request per origin per <see cref="Lifetime"/>, not one per delivery.
/// In memory: a restart simply knocks twice again.
/// </summary>
public sealed class SignatureSchemeMemory(TimeProvider time, TimeSpan? lifetime = null)
{
    private readonly ConcurrentDictionary<string, (SignatureScheme Scheme, DateTimeOffset Until)> entries = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Lifetime { get; } = lifetime ?? TimeSpan.FromDays(7);

    public SignatureScheme? Recall(Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var origin = Origin(target);
        if (!entries.TryGetValue(origin, out var entry))
        {
            return null;
        }

        if (entry.Until > time.GetUtcNow())
        {
            return entry.Scheme;
        }

        entries.TryRemove(new KeyValuePair<string, (SignatureScheme, DateTimeOffset)>(origin, entry));
        return null;
    }

    public void Remember(Uri target, SignatureScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(target);
        entries[Origin(target)] = (scheme, time.GetUtcNow() + Lifetime);
    }

    private static string Origin(Uri target) => target.GetLeftPart(UriPartial.Authority);
}
