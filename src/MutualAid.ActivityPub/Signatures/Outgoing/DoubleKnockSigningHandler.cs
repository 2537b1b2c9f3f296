using System.Net;
using MutualAid.ActivityPub.Keys;

namespace MutualAid.ActivityPub.Signatures.Outgoing;

/// <summary>
/// Signs every outgoing request with an actor key (the instance actor, or the collective a request sets via
/// <see cref="SigningKeyOption"/>): RFC 9421 first; on 400/401/403 the same request is sent again signed
/// with draft-cavage (Fedify's "double-knock"). The scheme that worked is remembered per origin.
/// </summary>
public sealed class DoubleKnockSigningHandler(SigningKey defaultKey, OutgoingRequestSigner signer, SignatureSchemeMemory memory) : DelegatingHandler
{
    /// <summary>Set on a request to sign it with another actor's key than the default one.</summary>
    public static readonly HttpRequestOptionsKey<SigningKey> SigningKeyOption = new("MutualAid.SigningKey");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var key = request.Options.TryGetValue(SigningKeyOption, out var chosen) ? chosen : defaultKey;
        var first = memory.Recall(target) ?? SignatureScheme.Rfc9421;

        await signer.SignAsync(request, key, first, cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!IsSignatureRefusal(response.StatusCode))
        {
            memory.Remember(target, first);
            return response;
        }

        var second = first == SignatureScheme.Rfc9421 ? SignatureScheme.Cavage : SignatureScheme.Rfc9421;
        response.Dispose();
        await signer.SignAsync(request, key, second, cancellationToken).ConfigureAwait(false);
        response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!IsSignatureRefusal(response.StatusCode))
        {
            memory.Remember(target, second);
        }

        return response;
    }

    private static bool IsSignatureRefusal(HttpStatusCode status) =>
        status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
}
