using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace MutualAid.ActivityPub.Keys;

/// <summary>
/// A private key with the id peers resolve it by. Create once per actor and reuse: importing a PEM
/// costs far more than a signature.
/// </summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA? rsa;
    private readonly ECDsa? ecdsa;
    private readonly Key? ed25519;
    private readonly byte[]? secret;

    private SigningKey(string keyId, KeyType type, RSA? rsa = null, ECDsa? ecdsa = null, Key? ed25519 = null, byte[]? secret = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        KeyId = keyId;
        Type = type;
        this.rsa = rsa;
        this.ecdsa = ecdsa;
        this.ed25519 = ed25519;
        this.secret = secret;
    }

    public string KeyId { get; }

    public KeyType Type { get; }

    public static SigningKey FromRsa(string keyId, RSA rsa) => new(keyId, KeyType.Rsa, rsa: rsa);

    public static SigningKey FromHmacSecret(string keyId, byte[] secret) => new(keyId, KeyType.HmacSecret, secret: (byte[])secret.Clone());

    /// <summary>Reads a PKCS#8 (or PKCS#1 / SEC1) private key PEM.</summary>
    public static SigningKey FromPem(string keyId, KeyType type, string privatePem)
    {
        ArgumentNullException.ThrowIfNull(privatePem);
        try
        {
            switch (type)
            {
                case KeyType.Rsa:
                    var rsa = RSA.Create();
                    rsa.ImportFromPem(privatePem);
                    return new SigningKey(keyId, type, rsa: rsa);
                case KeyType.EcdsaP256:
                    var ec = ECDsa.Create();
                    ec.ImportFromPem(privatePem);
                    return new SigningKey(keyId, type, ecdsa: ec);
                case KeyType.Ed25519:
                    var creation = new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
                    var key = Key.Import(SignatureAlgorithm.Ed25519, Encoding.ASCII.GetBytes(privatePem.Trim()), KeyBlobFormat.PkixPrivateKeyText, creation);
                    return new SigningKey(keyId, type, ed25519: key);
                default:
                    throw new KeyFormatException($"A {type} key has no PEM form here.");
            }
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or FormatException)
        {
            throw new KeyFormatException($"The {type} private key PEM for {keyId} could not be read: {e.Message}", e);
        }
    }

    /// <summary>The algorithm this key signs with by default (RSA keys sign PKCS#1 v1.5, which every peer reads).</summary>
    public SignatureAlgorithmKind DefaultAlgorithm => Type switch
    {
        KeyType.Rsa => SignatureAlgorithmKind.RsaPkcs1Sha256,
        KeyType.Ed25519 => SignatureAlgorithmKind.Ed25519,
        KeyType.EcdsaP256 => SignatureAlgorithmKind.EcdsaP256Sha256,
        _ => SignatureAlgorithmKind.HmacSha256,
    };

    public PublicKeyMaterial PublicKey => Type switch
    {
        KeyType.Rsa => PublicKeyMaterial.FromRsa(CloneRsaPublic()),
        KeyType.Ed25519 => PublicKeyMaterial.FromEd25519Raw(ed25519!.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
        KeyType.EcdsaP256 => PublicKeyMaterial.FromEcdsa(ECDsa.Create(ecdsa!.ExportParameters(false))),
        _ => PublicKeyMaterial.FromHmacSecret(secret!),
    };

    public byte[] Sign(SignatureAlgorithmKind algorithm, ReadOnlySpan<byte> data) => algorithm switch
    {
        SignatureAlgorithmKind.RsaPkcs1Sha256 when rsa is not null => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        SignatureAlgorithmKind.RsaPssSha512 when rsa is not null => rsa.SignData(data, HashAlgorithmName.SHA512, RSASignaturePadding.Pss),
        SignatureAlgorithmKind.EcdsaP256Sha256 when ecdsa is not null => ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
        SignatureAlgorithmKind.Ed25519 when ed25519 is not null => SignatureAlgorithm.Ed25519.Sign(ed25519, data),
        SignatureAlgorithmKind.HmacSha256 when secret is not null => HMACSHA256.HashData(secret, data),
        _ => throw new InvalidOperationException($"Key {KeyId} ({Type}) cannot sign with {algorithm}."),
    };

    public void Dispose()
    {
        rsa?.Dispose();
        ecdsa?.Dispose();
        ed25519?.Dispose();
    }

    private RSA CloneRsaPublic()
    {
        var copy = RSA.Create();
        copy.ImportParameters(rsa!.ExportParameters(false));
        return copy;
    }
}
