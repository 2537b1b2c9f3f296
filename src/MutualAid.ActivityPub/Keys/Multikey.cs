using System.Security.Cryptography;

namespace MutualAid.ActivityPub.Keys;

/// <summary>
/// FEP-521a <c>publicKeyMultibase</c>: 'z' (base58btc) + multicodec varint + key bytes.
/// Ed25519 is 0xed (varint ed 01) + 32 raw bytes; RSA is 0x1205 (varint 85 24) + PKCS#1 RSAPublicKey DER.
/// </summary>
public static class Multikey
{
    private static readonly byte[] Ed25519Prefix = [0xED, 0x01];
    private static readonly byte[] RsaPrefix = [0x85, 0x24];

    public static string Encode(PublicKeyMaterial key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (prefix, body) = key.Type switch
        {
            KeyType.Ed25519 => (Ed25519Prefix, key.ExportEd25519Raw()),
            KeyType.Rsa => (RsaPrefix, key.ExportRsaPublicKeyDer()),
            _ => throw new KeyFormatException($"No Multikey encoding is defined here for {key.Type} keys."),
        };
        return "z" + Base58Btc.Encode([.. prefix, .. body]);
    }

    public static PublicKeyMaterial Decode(string publicKeyMultibase)
    {
        ArgumentNullException.ThrowIfNull(publicKeyMultibase);
        if (publicKeyMultibase.Length < 2 || publicKeyMultibase[0] != 'z')
        {
            throw new KeyFormatException("publicKeyMultibase must be base58btc (start with 'z').");
        }

        byte[] bytes;
        try
        {
            bytes = Base58Btc.Decode(publicKeyMultibase[1..]);
        }
        catch (FormatException e)
        {
            throw new KeyFormatException($"publicKeyMultibase is not valid base58btc: {e.Message}", e);
        }

        if (bytes.AsSpan().StartsWith(Ed25519Prefix))
        {
            if (bytes.Length != 34)
            {
                throw new KeyFormatException($"An Ed25519 Multikey holds 32 key bytes, not {bytes.Length - 2}.");
            }

            return PublicKeyMaterial.FromEd25519Raw(bytes.AsSpan(2));
        }

        if (bytes.AsSpan().StartsWith(RsaPrefix))
        {
            var rsa = RSA.Create();
            try
            {
                rsa.ImportRSAPublicKey(bytes.AsSpan(2), out _);
            }
            catch (CryptographicException e)
            {
                rsa.Dispose();
                throw new KeyFormatException($"The RSA Multikey is not a PKCS#1 public key: {e.Message}", e);
            }

            return PublicKeyMaterial.FromRsa(rsa);
        }

        throw new KeyFormatException($"Unsupported multicodec prefix 0x{Convert.ToHexString(bytes.AsSpan(0, Math.Min(2, bytes.Length)))}.");
    }
}
