using System.Text;
using MutualAid.ActivityPub.Keys;

namespace MutualAid.ActivityPub.Signatures.Cavage;

/// <summary>Signs requests the way Mastodon does: <c>rsa-sha256</c> for RSA keys, <c>hs2019</c> for others.</summary>
public static class CavageSigner
{
    /// <summary>What a GET covers.</summary>
    public static readonly IReadOnlyList<string> GetHeaders = ["(request-target)", "host", "date"];

    /// <summary>What a request with a body covers.</summary>
    public static readonly IReadOnlyList<string> PostHeaders = ["(request-target)", "host", "date", "digest", "content-type"];

    /// <returns>The value of the <c>Signature</c> header.</returns>
    public static string Sign(HttpMessageParts message, SigningKey key, IReadOnlyList<string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(key);
        headers ??= message.Body.IsEmpty ? GetHeaders : PostHeaders;
        var signingString = CavageSigningString.Build(message, headers, null, null);
        var signature = key.Sign(key.DefaultAlgorithm, Encoding.UTF8.GetBytes(signingString));
        var algorithm = key.Type == KeyType.Rsa ? "rsa-sha256" : "hs2019";
        return $"keyId=\"{key.KeyId}\",algorithm=\"{algorithm}\",headers=\"{string.Join(' ', headers)}\",signature=\"{Convert.ToBase64String(signature)}\"";
    }
}
