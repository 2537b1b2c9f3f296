using MutualAid.ActivityPub.Digests;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures.Cavage;
using MutualAid.ActivityPub.Signatures.Rfc9421;

namespace MutualAid.ActivityPub.Signatures.Outgoing;

/// <summary>
/// Signs an <see cref="HttpRequestMessage"/> in place with one scheme: adds Host and Date, the body
/// digest the scheme uses (Digest for cavage, Content-Digest for RFC 9421), then the signature headers.
/// Any signature headers from an earlier attempt are removed first, so a cavage Signature never travels
/// beside a Signature-Input.
/// </summary>
public sealed class OutgoingRequestSigner(TimeProvider time)
{
    public async Task SignAsync(HttpRequestMessage request, SigningKey key, SignatureScheme scheme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(key);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        foreach (var header in new[] { "Signature", "Signature-Input", "Digest", "Content-Digest" })
        {
            request.Headers.Remove(header);
        }

        if (request.Headers.Authorization?.Scheme == "Signature")
        {
            request.Headers.Authorization = null;
        }

        var now = time.GetUtcNow();
        request.Headers.Host = uri.Authority;
        request.Headers.Date = now;
        var body = await HttpRequestMessageParts.BufferContentAsync(request, cancellationToken).ConfigureAwait(false);
        var hasBody = body.Length > 0;
        if (hasBody)
        {
            request.Headers.TryAddWithoutValidation(
                scheme == SignatureScheme.Cavage ? BodyDigest.DigestHeader : BodyDigest.ContentDigestHeader,
                scheme == SignatureScheme.Cavage ? BodyDigest.CreateDigest(body) : BodyDigest.CreateContentDigest(body));
        }

        var message = await HttpRequestMessageParts.FromAsync(request, cancellationToken).ConfigureAwait(false);
        if (scheme == SignatureScheme.Cavage)
        {
            var headers = hasBody
                ? request.Content?.Headers.ContentType is null ? ["(request-target)", "host", "date", "digest"] : CavageSigner.PostHeaders
                : CavageSigner.GetHeaders;
            request.Headers.TryAddWithoutValidation("Signature", CavageSigner.Sign(message, key, headers));
        }
        else
        {
            var options = new Rfc9421SignatureOptions
            {
                Components = hasBody ? Rfc9421SignatureOptions.RequestComponents : ["@method", "@target-uri", "@authority"],
            };
            var signed = Rfc9421Signer.Sign(message, key, now, options);
            request.Headers.TryAddWithoutValidation("Signature-Input", signed.SignatureInput);
            request.Headers.TryAddWithoutValidation("Signature", signed.Signature);
        }
    }
}
