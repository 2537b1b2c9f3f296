using System.Security.Cryptography;

namespace MutualAid.ActivityPub.Digests;

/// <summary>
/// Body digests in both forms peers send: draft-cavage's <c>Digest: SHA-256=base64</c> (RFC 3230) and
/// RFC 9530's <c>Content-Digest: sha-256=:base64:</c> (a structured dictionary).
/// </summary>
public static class BodyDigest
{
    public const string DigestHeader = "Digest";
    public const string ContentDigestHeader = "Content-Digest";

    public static string CreateDigest(ReadOnlySpan<byte> body) => "SHA-256=" + Convert.ToBase64String(SHA256.HashData(body));

    public static string CreateContentDigest(ReadOnlySpan<byte> body, bool sha512 = false) => sha512
        ? "sha-512=:" + Convert.ToBase64String(SHA512.HashData(body)) + ":"
        : "sha-256=:" + Convert.ToBase64String(SHA256.HashData(body)) + ":";

    /// <summary>
    /// Checks a <c>Digest</c> value (<c>SHA-256=..., SHA-512=...</c>). Every known algorithm listed must
    /// match; unknown ones (MD5, unixsum) are ignored, and a value with only unknown ones counts as missing.
    /// </summary>
    public static DigestCheck CheckDigest(string? headerValue, ReadOnlySpan<byte> body) => Check(headerValue, body, structured: false);

    /// <summary>Checks a <c>Content-Digest</c> dictionary (<c>sha-256=:...:, sha-512=:...:</c>) the same way.</summary>
    public static DigestCheck CheckContentDigest(string? headerValue, ReadOnlySpan<byte> body) => Check(headerValue, body, structured: true);

    private static DigestCheck Check(string? headerValue, ReadOnlySpan<byte> body, bool structured)
    {
        if (string.IsNullOrWhiteSpace(headerValue))
        {
            return DigestCheck.Missing;
        }

        var checkedAny = false;
        foreach (var range in headerValue.AsSpan().Split(','))
        {
            var part = headerValue.AsSpan(range).Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                return DigestCheck.Mismatch;
            }

            var value = part[(equals + 1)..];
            if (structured)
            {
                // Parameters after the byte sequence (;foo=bar) carry nothing for us.
                var semicolon = value.IndexOf(';');
                if (semicolon >= 0)
                {
                    value = value[..semicolon];
                }

                if (value.Length < 2 || value[0] != ':' || value[^1] != ':')
                {
                    return DigestCheck.Mismatch;
                }

                value = value[1..^1];
            }

            var result = Compare(part[..equals], value, body);
            if (result == DigestCheck.Mismatch)
            {
                return result;
            }

            checkedAny |= result == DigestCheck.Match;
        }

        return checkedAny ? DigestCheck.Match : DigestCheck.Missing;
    }

    /// <returns>Match or Mismatch for a known algorithm; Missing for an unknown one.</returns>
    private static DigestCheck Compare(ReadOnlySpan<char> algorithm, ReadOnlySpan<char> base64, ReadOnlySpan<byte> body)
    {
        Span<byte> expected = stackalloc byte[64];
        int length;
        if (algorithm.Trim().Equals("sha-256", StringComparison.OrdinalIgnoreCase))
        {
            length = SHA256.HashData(body, expected);
        }
        else if (algorithm.Trim().Equals("sha-512", StringComparison.OrdinalIgnoreCase))
        {
            length = SHA512.HashData(body, expected);
        }
        else
        {
            return DigestCheck.Missing;
        }

        Span<byte> actual = stackalloc byte[64];
        if (!Convert.TryFromBase64Chars(base64.Trim(), actual, out var written) || written != length)
        {
            return DigestCheck.Mismatch;
        }

        return CryptographicOperations.FixedTimeEquals(expected[..length], actual[..written]) ? DigestCheck.Match : DigestCheck.Mismatch;
    }
}
