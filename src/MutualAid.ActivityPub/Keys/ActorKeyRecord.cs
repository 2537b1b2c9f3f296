namespace MutualAid.ActivityPub.Keys;

/// <summary>
/// One key of an actor as plain data a database entity can hold. PEMs are SPKI (public) and
/// PKCS#8 (private); <see cref="PrivateKeyPem"/> is null for keys of remote actors.
/// </summary>
public sealed record ActorKeyRecord(
    string KeyId,
    KeyType Type,
    string PublicKeyPem,
    string? PrivateKeyPem,
    DateTimeOffset Created,
    DateTimeOffset? Retired = null)
{
    public bool IsRetired => Retired is not null;

    /// <summary>FEP-521a publicKeyMultibase of this key (Ed25519 and RSA).</summary>
    public string ToPublicKeyMultibase() => Multikey.Encode(PublicKeyMaterial.FromPem(Type, PublicKeyPem));

    public SigningKey ToSigningKey()
    {
        if (PrivateKeyPem is null)
        {
            throw new InvalidOperationException($"Key {KeyId} has no private part; only local actors' keys can sign.");
        }

        return SigningKey.FromPem(KeyId, Type, PrivateKeyPem);
    }

    public PublicKeyMaterial ToPublicKey() => PublicKeyMaterial.FromPem(Type, PublicKeyPem);
}
