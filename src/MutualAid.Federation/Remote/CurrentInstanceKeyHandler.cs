using MutualAid.ActivityPub.Signatures.Outgoing;
using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Remote;

/// <summary>
/// Names the instance actor's current key on requests that name no key, so a rotation takes effect at once
/// (the factory keeps handler chains, with the key they were built with, for minutes), including a rotation
/// another process (the command line) made.
/// </summary>
public sealed class CurrentInstanceKeyHandler(LocalActorKeys keys) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Options.TryGetValue(DoubleKnockSigningHandler.SigningKeyOption, out _))
        {
            request.Options.Set(DoubleKnockSigningHandler.SigningKeyOption, (await keys.CurrentInstanceKeysAsync(cancellationToken)).RsaSigning);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
