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
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
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

            var name = value[i..equals].Trim();
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

            if (!fields.TryAdd(name, fieldValue))
            {
                throw Malformed($"parameter '{name}' appears twice");
            }
        }

        if (!fields.TryGetValue("keyId", out var keyId) || keyId.Length == 0)
        {
            throw Malformed("keyId is missing");
        }

        if (!fields.TryGetValue("signature", out var signature))
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

        var headers = fields.TryGetValue("headers", out var list)
            ? list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => h.ToLowerInvariant()).ToList()
            : DefaultHeaders;
        if (headers.Count == 0)
        {
            throw Malformed("headers is empty");
        }

        return new CavageSignature(keyId, fields.GetValueOrDefault("algorithm"), headers, Number(fields, "created"), Number(fields, "expires"), bytes);
    }

    private static long? Number(Dictionary<string, string> fields, string name)
    {
        if (!fields.TryGetValue(name, out var text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Malformed($"{name} is not an integer");
    }

    private static SignatureRejectedException Malformed(string why) => new(SignatureFailure.Malformed, $"The cavage Signature header is malformed: {why}.");
}
