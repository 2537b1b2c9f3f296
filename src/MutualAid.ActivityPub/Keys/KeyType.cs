namespace MutualAid.ActivityPub.Keys;

/// <summary>The kind of asymmetric (or, for test vectors, symmetric) key behind a key id.</summary>
public enum KeyType
{
    Rsa,
    Ed25519,
    EcdsaP256,
    /// <summary>A shared secret; only RFC 9421 hmac-sha256 uses it (the RFC's test vectors).</summary>
    HmacSecret,
}
