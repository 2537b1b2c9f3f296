using System.Security.Cryptography;
using NSec.Cryptography;

namespace MutualAid.ActivityPub.Keys;

/// <summary>Creates fresh key pairs for local actors, stamped with the injected clock.</summary>
public sealed class ActorKeyGenerator(TimeProvider time)
{
    public const int RsaKeySize = 2048;

    public ActorKeyRecord CreateRsa(string keyId)
    {
        using var rsa = RSA.Create(RsaKeySize);
        return new ActorKeyRecord(keyId, KeyType.Rsa, rsa.ExportSubjectPublicKeyInfoPem(), rsa.ExportPkcs8PrivateKeyPem(), time.GetUtcNow());
    }

    public ActorKeyRecord CreateEd25519(string keyId)
    {
        var creation = new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
        using var key = Key.Create(SignatureAlgorithm.Ed25519, creation);
        var privatePem = System.Text.Encoding.ASCII.GetString(key.Export(KeyBlobFormat.PkixPrivateKeyText));
        var publicPem = System.Text.Encoding.ASCII.GetString(key.PublicKey.Export(KeyBlobFormat.PkixPublicKeyText));
        return new ActorKeyRecord(keyId, KeyType.Ed25519, publicPem, privatePem, time.GetUtcNow());
    }

    /// <summary>A new actor gets both keys: RSA for Mastodon-era peers, Ed25519 for RFC 9421 and object proofs.</summary>
    public ActorKeySet CreateKeySet(string actorId) =>
        new(actorId, CreateRsa(ActorKeySet.MainKeyId(actorId)), CreateEd25519(ActorKeySet.Ed25519KeyId(actorId)), []);
}
