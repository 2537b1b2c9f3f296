using System.Net;
using MutualAid.ActivityPub.Signatures;

namespace MutualAid.ActivityPub.Tests.Signatures.Outgoing;

/// <summary>An in-process inbox that checks signatures with our verifier and accepts only some schemes.</summary>
internal sealed class FakeInbox(HttpSignatureVerifier verifier, params SignatureScheme[] accepted) : HttpMessageHandler
{
    public List<(SignatureScheme? Scheme, string? KeyId, bool HadSignatureInput, byte[] Body, HttpStatusCode Answer)> Deliveries { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var message = await HttpRequestMessageParts.FromAsync(request, cancellationToken);
        var result = await verifier.VerifyAsync(message, cancellationToken);
        var answer = result.IsValid && accepted.Contains(result.Scheme!.Value) ? HttpStatusCode.Accepted : HttpStatusCode.Unauthorized;
        Deliveries.Add((result.IsValid ? result.Scheme : null, result.KeyId, message.Header("Signature-Input") is not null, message.Body.ToArray(), answer));
        return new HttpResponseMessage(answer) { RequestMessage = request };
    }
}
