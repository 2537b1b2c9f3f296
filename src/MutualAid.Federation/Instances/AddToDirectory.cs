using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.WebFinger;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Validation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Publishing;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Instances;

/// <summary>
/// An operator adds a remote collective to the directory: the instance actor follows it (through
/// <see cref="FollowRemoteActor"/>), named by handle (<c>@collective@host</c>) or by actor IRI. Asking again
/// while the follow is pending or accepted changes nothing.
/// </summary>
public sealed class AddToDirectory(
    MutualAidDbContext db,
    LocalActorDirectory actors,
    FederationUris uris,
    FollowRemoteActor follow,
    IHttpClientFactory clients,
    IOptions<FederationOptions> options,
    TimeProvider time)
{
    public const string HandleField = "handle";
    public const string ActorField = "actor";

    /// <summary>The error when the handle or actor is one of this instance's own collectives.</summary>
    public const string LocalMessage = "That collective is on this instance; it is in the directory already.";

    /// <exception cref="ValidationFailedException">Neither a valid handle nor an actor URL, or one of ours.</exception>
    /// <exception cref="FederationRefusedException">The collective's domain is blocked (or not allowed).</exception>
    /// <exception cref="RemoteLookupFailedException">The handle or actor could not be resolved.</exception>
    public async Task<DirectoryFollowResult> ExecuteAsync(string? handle, string? actorIri, CancellationToken cancellationToken)
    {
        var iri = await ResolveAsync(handle, actorIri, cancellationToken);
        var instance = actors.Instance;
        var existing = await db.Set<Following>().AsNoTracking()
            .SingleOrDefaultAsync(f => f.LocalActorIri == instance.Iri && f.RemoteActorIri == iri, cancellationToken);
        if (existing is { State: FollowState.Pending or FollowState.Accepted })
        {
            return new DirectoryFollowResult(iri, existing.State, existing.FollowActivityIri, Created: false);
        }

        try
        {
            var following = await follow.ExecuteAsync(iri, instance, cancellationToken);
            return new DirectoryFollowResult(following.RemoteActorIri, following.State, following.FollowActivityIri, Created: true);
        }
        catch (RemoteFetchException failure)
        {
            throw new RemoteLookupFailedException($"Could not fetch the actor {iri}: {failure.Message}", failure);
        }
    }

    private async Task<string> ResolveAsync(string? handle, string? actorIri, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(actorIri))
        {
            if (!Uri.TryCreate(actorIri.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                throw new ValidationFailedException(ActorField, "An actor URL such as https://example.org/actors/food-bank.");
            }

            RefuseLocal(url.Host, ActorField);
            return url.AbsoluteUri;
        }

        if (!AccountHandle.TryParse(handle, out var account))
        {
            throw new ValidationFailedException(HandleField, "A handle such as @food-bank@example.org: a name, @, and the server's domain.");
        }

        RefuseLocal(account.Domain, HandleField);
        var webFinger = new WebFingerClient(clients.CreateClient(FederationHttp.ClientName), FederationHttp.FetchOptions(options.Value), time);
        try
        {
            return (await webFinger.ResolveAsync(account, cancellationToken)).ActorId.AbsoluteUri;
        }
        catch (Exception exception) when (exception is WebFingerException or RemoteFetchException)
        {
            throw new RemoteLookupFailedException($"Could not look up @{account}: {exception.Message}", exception);
        }
    }

    private void RefuseLocal(string host, string field)
    {
        if (string.Equals(host, uris.Domain, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationFailedException(field, LocalMessage);
        }
    }
}
