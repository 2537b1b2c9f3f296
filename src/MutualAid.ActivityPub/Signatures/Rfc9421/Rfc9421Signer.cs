using System.Text;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures.StructuredFields;

namespace MutualAid.ActivityPub.Signatures.Rfc9421;

/// <summary>The header values an RFC 9421 signature adds (each one dictionary member; append to existing ones).</summary>
public sealed record Rfc9421SignedHeaders(string SignatureInput, string Signature, string SignatureBase);

/// <summary>Signs messages per RFC 9421.</summary>
public static class Rfc9421Signer
{
    public static Rfc9421SignedHeaders Sign(HttpMessageParts message, SigningKey key, DateTimeOffset now, Rfc9421SignatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(key);
        options ??= new Rfc9421SignatureOptions();
        var algorithm = key.DefaultAlgorithm;
        var created = now.ToUnixTimeSeconds();
        var parameters = new List<KeyValuePair<string, object>> { new("created", created) };
        if (options.ExpiresAfter is { } lifetime)
        {
            parameters.Add(new("expires", created + (long)lifetime.TotalSeconds));
        }

        parameters.Add(new("keyid", key.KeyId));
        if (options.IncludeAlgorithm)
        {
            parameters.Add(new("alg", Rfc9421Algorithms.Name(algorithm)));
        }

        if (options.Nonce is not null)
        {
            parameters.Add(new("nonce", options.Nonce));
        }

        if (options.Tag is not null)
        {
            parameters.Add(new("tag", options.Tag));
        }

        var components = options.Components.Select(c => new SfItem(c, [])).ToList();
        var input = new SfItem(null, parameters, components);
        return Sign(message, key, algorithm, options.Label, input);
    }

    /// <summary>Signs with an exact Signature-Input member (for vectors and for callers that need full control).</summary>
    public static Rfc9421SignedHeaders Sign(HttpMessageParts message, SigningKey key, SignatureAlgorithmKind algorithm, string label, SfItem input)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(input);
        var signatureBase = Rfc9421SignatureBase.Build(message, input);
        var signature = key.Sign(algorithm, Encoding.UTF8.GetBytes(signatureBase));
        return new Rfc9421SignedHeaders(label + "=" + input.Serialize(), label + "=:" + Convert.ToBase64String(signature) + ":", signatureBase);
    }
}
