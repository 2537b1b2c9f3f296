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
        var fields = new string?[Parameters.Length];
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && value[i] is ' ' or '\t' or ',')
            {
                i++;
            }

            if (i >= value.Length)
            {
                break;
            }

            var equals = value.IndexOf('=', i);
            if (equals < 0)
            {
                throw Malformed($"parameter '{value[i..]}' has no value");
            }

            var name = value.AsSpan(i, equals - i).Trim();
            i = equals + 1;
            string fieldValue;
            if (i < value.Length && value[i] == '"')
            {
                var close = value.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw Malformed($"the value of '{name}' is not closed with '\"'");
                }

                fieldValue = value[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                var comma = value.IndexOf(',', i);
                var end = comma < 0 ? value.Length : comma;
                fieldValue = value[i..end].Trim();
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

            if (fields[slot] is not null)
            {
                throw Malformed($"parameter '{name}' appears twice");
            }

            fields[slot] = fieldValue;
        }

        var (keyId, algorithm, headerList, signature, created, expires) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        if (string.IsNullOrEmpty(keyId))
        {
            throw Malformed("keyId is missing");
        }

        if (signature is null)
        {
            throw Malformed("signature is missing");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            throw Malformed("signature is not base64");
        }

        IReadOnlyList<string> headers = headerList is null
            ? DefaultHeaders
            : headerList.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (headers.Count == 0)
        {
            throw Malformed("headers is empty");
        }

        return new CavageSignature(keyId, algorithm, headers, Number(created, "created"), Number(expires, "expires"), bytes);
    }

    private static readonly string[] Parameters = ["keyId", "algorithm", "headers", "signature", "created", "expires"];

    private static long? Number(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Malformed($"{name} is not an integer");
    }

    private static SignatureRejectedException Malformed(string why) => new(SignatureFailure.Malformed, $"The cavage Signature header is malformed: {why}.");
}
