using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace MutualAid.ActivityPub.Keys;

/// <summary>
/// A key that can check signatures: RSA, Ed25519, ECDSA P-256 or (test vectors only) an HMAC secret.
/// Immutable and safe to cache and share between threads.
/// </summary>
public sealed class PublicKeyMaterial
{
    private readonly RSA? rsa;
    private readonly ECDsa? ecdsa;
    private readonly PublicKey? ed25519;
    private readonly byte[]? secret;

    private PublicKeyMaterial(KeyType type, RSA? rsa = null, ECDsa? ecdsa = null, PublicKey? ed25519 = null, byte[]? secret = null)
    {
        Type = type;
        this.rsa = rsa;
        this.ecdsa = ecdsa;
        this.ed25519 = ed25519;
        this.secret = secret;
    }

    public KeyType Type { get; }

    /// <summary>RSA modulus size in bits; 0 for other key types.</summary>
    public int RsaKeySize => rsa?.KeySize ?? 0;

    public static PublicKeyMaterial FromRsa(RSA rsa) => new(KeyType.Rsa, rsa: rsa);

    public static PublicKeyMaterial FromEcdsa(ECDsa ecdsa) => new(KeyType.EcdsaP256, ecdsa: ecdsa);

    public static PublicKeyMaterial FromHmacSecret(byte[] secret) => new(KeyType.HmacSecret, secret: (byte[])secret.Clone());

    public static PublicKeyMaterial FromEd25519Raw(ReadOnlySpan<byte> publicKey) =>
        new(KeyType.Ed25519, ed25519: PublicKey.Import(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey));

    /// <summary>Reads any SPKI public key PEM (as actors publish in <c>publicKeyPem</c>), detecting its type.</summary>
    public static PublicKeyMaterial FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        if (pem.Contains("RSA PUBLIC KEY", StringComparison.Ordinal))
        {
            return FromPem(KeyType.Rsa, pem);
        }

        var der = PemEncoding.Find(pem) is var fields ? Convert.FromBase64String(pem[fields.Base64Data]) : [];
        // The SPKI algorithm OID tells the type: 1.3.101.112 is Ed25519, 1.2.840.10045.2.1 is EC.
        ReadOnlySpan<byte> ed25519Oid = [0x06, 0x03, 0x2B, 0x65, 0x70];
        ReadOnlySpan<byte> ecOid = [0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01];
        if (der.AsSpan().IndexOf(ed25519Oid) is >= 0 and < 16)
        {
            return FromPem(KeyType.Ed25519, pem);
        }

        return der.AsSpan().IndexOf(ecOid) is >= 0 and < 16 ? FromPem(KeyType.EcdsaP256, pem) : FromPem(KeyType.Rsa, pem);
    }

    public static PublicKeyMaterial FromPem(KeyType type, string pem)
    {
        try
        {
            switch (type)
            {
                case KeyType.Rsa:
                    var rsa = RSA.Create();
                    rsa.ImportFromPem(pem);
                    return FromRsa(rsa);
                case KeyType.EcdsaP256:
                    var ec = ECDsa.Create();
                    ec.ImportFromPem(pem);
                    return FromEcdsa(ec);
                case KeyType.Ed25519:
                    var key = PublicKey.Import(SignatureAlgorithm.Ed25519, Encoding.ASCII.GetBytes(pem.Trim()), KeyBlobFormat.PkixPublicKeyText);
                    return new PublicKeyMaterial(KeyType.Ed25519, ed25519: key);
                default:
                    throw new KeyFormatException($"A {type} key has no PEM form here.");
            }
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or FormatException)
        {
            throw new KeyFormatException($"The {type} public key PEM could not be read: {e.Message}", e);
        }
    }

    /// <summary>SPKI PEM of the public key (for <c>publicKeyPem</c>).</summary>
    public string ExportPem() => Type switch
    {
        KeyType.Rsa => rsa!.ExportSubjectPublicKeyInfoPem(),
        KeyType.EcdsaP256 => ecdsa!.ExportSubjectPublicKeyInfoPem(),
        KeyType.Ed25519 => Encoding.ASCII.GetString(ed25519!.Export(KeyBlobFormat.PkixPublicKeyText)),
        _ => throw new InvalidOperationException("A shared secret has no public form."),
    };

    public byte[] ExportEd25519Raw() =>
        ed25519?.Export(KeyBlobFormat.RawPublicKey) ?? throw new InvalidOperationException($"This is an {Type} key, not Ed25519.");

    public byte[] ExportRsaPublicKeyDer() =>
        rsa?.ExportRSAPublicKey() ?? throw new InvalidOperationException($"This is an {Type} key, not RSA.");

    /// <summary>Whether this key can check signatures of <paramref name="algorithm"/> at all.</summary>
    public bool Supports(SignatureAlgorithmKind algorithm) => algorithm switch
    {
        SignatureAlgorithmKind.RsaPkcs1Sha256 or SignatureAlgorithmKind.RsaPssSha512 => Type == KeyType.Rsa,
        SignatureAlgorithmKind.EcdsaP256Sha256 => Type == KeyType.EcdsaP256,
        SignatureAlgorithmKind.Ed25519 => Type == KeyType.Ed25519,
        SignatureAlgorithmKind.HmacSha256 => Type == KeyType.HmacSecret,
        _ => false,
    };

    /// <summary>The algorithm to assume when the signature does not name one (cavage hs2019, RFC 9421 without alg).</summary>
    public SignatureAlgorithmKind DefaultAlgorithm => Type switch
    {
        KeyType.Rsa => SignatureAlgorithmKind.RsaPkcs1Sha256,
        KeyType.Ed25519 => SignatureAlgorithmKind.Ed25519,
        KeyType.EcdsaP256 => SignatureAlgorithmKind.EcdsaP256Sha256,
        _ => SignatureAlgorithmKind.HmacSha256,
    };

    public bool Verify(SignatureAlgorithmKind algorithm, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (!Supports(algorithm))
        {
            return false;
        }

        return algorithm switch
        {
            SignatureAlgorithmKind.RsaPkcs1Sha256 => rsa!.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            // .NET's PSS padding uses a salt as long as the hash (64 bytes for SHA-512), which is what RFC 9421 requires.
            SignatureAlgorithmKind.RsaPssSha512 => rsa!.VerifyData(data, signature, HashAlgorithmName.SHA512, RSASignaturePadding.Pss),
            SignatureAlgorithmKind.EcdsaP256Sha256 => ecdsa!.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            SignatureAlgorithmKind.Ed25519 => SignatureAlgorithm.Ed25519.Verify(ed25519!, data, signature),
            SignatureAlgorithmKind.HmacSha256 => CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(secret, data), signature),
            _ => false,
        };
    }
}
