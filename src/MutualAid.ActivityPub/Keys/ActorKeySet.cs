namespace MutualAid.ActivityPub.Keys;

/// <summary>
/// The keys an actor publishes: the current RSA key (<c>#main-key</c>, what Mastodon reads), the
/// current Ed25519 key, and retired keys kept so signatures made just before a rotation still verify
/// while peers refresh their caches.
/// </summary>
public sealed record ActorKeySet(string ActorId, ActorKeyRecord Rsa, ActorKeyRecord Ed25519, IReadOnlyList<ActorKeyRecord> Retired)
{
    public static string MainKeyId(string actorId) => actorId + "#main-key";

    public static string Ed25519KeyId(string actorId) => actorId + "#ed25519-key";

    /// <summary>Every key a verifier may still look up by id, current ones first.</summary>
    public IEnumerable<ActorKeyRecord> All => new[] { Rsa, Ed25519 }.Concat(Retired);

    public ActorKeyRecord? Find(string keyId) => All.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));

    /// <summary>
    /// Replaces the current key of the same type with <paramref name="replacement"/>; the old key is kept
    /// as retired (stamped <paramref name="now"/>) under its own id. A replacement reusing the old id
    /// (Mastodon keeps <c>#main-key</c> across rotations) simply overwrites it.
    /// </summary>
    public ActorKeySet Rotate(ActorKeyRecord replacement, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var old = replacement.Type switch
        {
            KeyType.Rsa => Rsa,
            KeyType.Ed25519 => Ed25519,
            _ => throw new ArgumentException($"An actor key set holds RSA and Ed25519 keys, not {replacement.Type}.", nameof(replacement)),
        };
        var retired = Retired.Where(k => k.KeyId != replacement.KeyId).ToList();
        if (old.KeyId != replacement.KeyId)
        {
            retired.Add(old with { Retired = now, PrivateKeyPem = null });
        }

        return replacement.Type == KeyType.Rsa
            ? this with { Rsa = replacement, Retired = retired }
            : this with { Ed25519 = replacement, Retired = retired };
    }
}
