using System.Globalization;

namespace MutualAid.ActivityPub.Signatures.Cavage;

/// <summary>A parsed draft-cavage-12 signature (from <c>Signature:</c> or <c>Authorization: Signature</c>).</summary>
public sealed record CavageSignature(
    string KeyId,
    string? Algorithm,
    IReadOnlyList<string> Headers,
    long? Created,
    long? Expires,
    byte[] Value)
{
    /// <summary>When headers= is absent the draft's examples (and Mastodon) sign Date alone.</summary>
    public static readonly IReadOnlyList<string> DefaultHeaders = ["date"];

    public bool Covers(string header)
    {
        // A loop, not LINQ: the verifier asks this several times per request.
        foreach (var covered in Headers)
        {
            if (string.Equals(covered, header, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The signature on a message, preferring Signature over Authorization; null when there is none.</summary>
    /// <exception cref="SignatureRejectedException">The header is not a well-formed cavage signature.</exception>
    public static CavageSignature? ReadFrom(HttpMessageParts message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var value = message.Header("Signature");
        if (value is not null && value.StartsWith("Signature ", StringComparison.OrdinalIgnoreCase))
        {
            // Older PeerTube put the Authorization form in the Signature header; Mastodon tolerates it, so do we.
            value = value["Signature ".Length..];
        }

        if (value is null)
        {
            var authorization = message.Header("Authorization");
            if (authorization is null || !authorization.StartsWith("Signature ", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            value = authorization["Signature ".Length..];
        }

        return Parse(value);
    }

    /// <exception cref="SignatureRejectedException">The value is not a well-formed cavage signature.</exception>
    public static CavageSignature Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        // Field values are kept as ranges of the header and turned into objects only once all are known:
        // this runs on every inbox POST, and substrings of the signature's base64 were most of its garbage.
        Span<Range> fields = stackalloc Range[Parameters.Length];
        Span<bool> seen = stackalloc bool[Parameters.Length];
        var text = value.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] is ' ' or '\t' or ',')
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var equals = text[i..].IndexOf('=');
            if (equals < 0)
            {
                throw Malformed($"parameter '{value[i..]}' has no value");
            }

            equals += i;
            var name = text[i..equals].Trim();
            i = equals + 1;
            Range field;
            if (i < text.Length && text[i] == '"')
            {
                var close = text[(i + 1)..].IndexOf('"');
                if (close < 0)
                {
                    throw Malformed($"the value of '{name}' is not closed with '\"'");
                }

                close += i + 1;
                field = (i + 1)..close;
                i = close + 1;
            }
            else
            {
                var comma = text[i..].IndexOf(',');
                var end = comma < 0 ? text.Length : comma + i;
                field = TrimRange(text, i, end);
                i = end;
            }

            // Unknown parameters are ignored, as the draft asks; known ones may appear once.
            var slot = -1;
            for (var k = 0; k < Parameters.Length; k++)
            {
                if (name.Equals(Parameters[k], StringComparison.OrdinalIgnoreCase))
                {
                    slot = k;
                    break;
                }
            }

            if (slot < 0)
            {
                continue;
            }

            if (seen[slot])
            {
                throw Malformed($"parameter '{name}' appears twice");
            }

            seen[slot] = true;
            fields[slot] = field;
        }

        if (!seen[0] || text[fields[0]].IsEmpty)
        {
            throw Malformed("keyId is missing");
        }

        if (!seen[3])
        {
            throw Malformed("signature is missing");
        }

        var headers = seen[2] ? HeaderList(text[fields[2]]) : DefaultHeaders;
        if (headers.Count == 0)
        {
            throw Malformed("headers is empty");
        }

        return new CavageSignature(
            value[fields[0]],
            seen[1] ? KnownAlgorithm(text[fields[1]]) : null,
            headers,
            seen[4] ? Number(text[fields[4]], "created") : null,
            seen[5] ? Number(text[fields[5]], "expires") : null,
            Base64(text[fields[3]]));
    }

    private static readonly string[] Parameters = ["keyId", "algorithm", "headers", "signature", "created", "expires"];

    /// <summary>Names peers sign, shared rather than allocated per request.</summary>
    private static readonly string[] CommonHeaders = ["(request-target)", "host", "date", "digest", "content-type", "content-digest", "content-length", "(created)", "(expires)", "accept"];

    private static Range TrimRange(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start..end;
    }

    private static string[] HeaderList(ReadOnlySpan<char> list)
    {
        var count = 0;
        foreach (var range in list.Split(' '))
        {
            count += list[range].IsEmpty ? 0 : 1;
        }

        var headers = new string[count];
        var n = 0;
        foreach (var range in list.Split(' '))
        {
            var name = list[range];
            if (!name.IsEmpty)
            {
                headers[n++] = Lowered(name);
            }
        }

        return headers;
    }

    private static string Lowered(ReadOnlySpan<char> name)
    {
        foreach (var common in CommonHeaders)
        {
            // ASCII folding only: a look-alike such as dotless i must not become the name it resembles.
            if (System.Text.Ascii.EqualsIgnoreCase(name, common))
            {
                return common;
            }
        }

        return name.ToString().ToLowerInvariant();
    }

    private static string KnownAlgorithm(ReadOnlySpan<char> algorithm) => algorithm switch
    {
        "rsa-sha256" => "rsa-sha256",
        "hs2019" => "hs2019",
        "ed25519" => "ed25519",
        _ => algorithm.ToString(),
    };

    private static byte[] Base64(ReadOnlySpan<char> text)
    {
        var decoded = new byte[(text.Length + 3) / 4 * 3];
        if (!Convert.TryFromBase64Chars(text, decoded, out var written))
        {
            throw Malformed("signature is not base64");
        }

        return written == decoded.Length ? decoded : decoded.AsSpan(0, written).ToArray();
    }

    private static long Number(ReadOnlySpan<char> text, string name) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Malformed($"{name} is not an integer");

    private static SignatureRejectedException Malformed(string why) => new(SignatureFailure.Malformed, $"The cavage Signature header is malformed: {why}.");
}
