using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.WebFinger;

/// <summary>
/// Looks accounts up on other servers the way Mastodon does: <c>/.well-known/webfinger</c>, falling
/// back to host-meta's lrdd template on 404, and the round-trip check that an actor's own
/// username and host lead back to it. All requests go through the same guarded, bounded reader as
/// document fetches, so transport and policy failures arrive as <see cref="RemoteFetchException"/>.
/// </summary>
public sealed class WebFingerClient
{
    private const string JrdAccept = JrdDocument.MediaType + ", application/json;q=0.9";

    private readonly RemoteHttpReader _reader;
    private readonly string _scheme;

    public WebFingerClient(HttpClient http, FederationFetchOptions options, TimeProvider timeProvider)
    {
        _reader = new RemoteHttpReader(http, options, timeProvider);
        _scheme = options.DiscoveryScheme;
    }

    /// <summary>Resolves <c>@user@host</c> (or <c>user@host</c>, <c>acct:user@host</c>) to its actor.</summary>
    public Task<WebFingerAccount> ResolveAsync(string handle, CancellationToken cancellationToken) =>
        ResolveAsync(AccountHandle.Parse(handle), cancellationToken);

    public async Task<WebFingerAccount> ResolveAsync(AccountHandle account, CancellationToken cancellationToken)
    {
        var document = await QueryAsync(account, cancellationToken).ConfigureAwait(false);
        return Interpret(account, document);
    }

    /// <summary>Fetches the raw JRD for an account.</summary>
    public async Task<JrdDocument> QueryAsync(AccountHandle account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var standard = new Uri($"{_scheme}://{account.Domain}/.well-known/webfinger?resource={account.AcctUri}");
        RemoteResponse response;
        try
        {
            response = await _reader.GetAsync(standard, JrdAccept, prepareRequest: null, cancellationToken).ConfigureAwait(false);
        }
        catch (RemoteFetchException ex) when (ex.IsNotFound)
        {
            response = await QueryThroughHostMetaAsync(account, ex, cancellationToken).ConfigureAwait(false);
        }

        if (response.Body.Length == 0)
        {
            throw new WebFingerException(WebFingerFailure.InvalidDocument, $"{response.FinalUri} answered with an empty body.");
        }

        return JrdDocument.Parse(response.Body);
    }

    /// <summary>
    /// Mastodon's check before trusting an actor's handle: WebFinger <c>preferredUsername@host-of-actor-id</c>
    /// must name this actor. The answer's subject may move the handle once (an actor on
    /// <c>social.example</c> known as <c>@me@example</c>), and that handle must then lead back too.
    /// </summary>
    /// <returns>The handle to display and store for the actor.</returns>
    public async Task<AccountHandle> VerifyActorAsync(Uri actorId, string preferredUsername, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        var claimed = AccountHandle.Create(preferredUsername, DomainName.FromUri(actorId));
        var first = await ResolveAsync(claimed, cancellationToken).ConfigureAwait(false);
        if (first.Subject.Equals(claimed))
        {
            RequireSameActor(first, actorId);
            return first.Subject;
        }

        var second = await ResolveAsync(first.Subject, cancellationToken).ConfigureAwait(false);
        if (!second.Subject.Equals(first.Subject))
        {
            throw new WebFingerException(
                WebFingerFailure.TooManySubjectRedirects,
                $"WebFinger for {claimed} moved to {first.Subject}, which moved again to {second.Subject}; not following further.");
        }

        RequireSameActor(second, actorId);
        return second.Subject;
    }

    private async Task<RemoteResponse> QueryThroughHostMetaAsync(AccountHandle account, RemoteFetchException notFound, CancellationToken cancellationToken)
    {
        var hostMetaUri = new Uri($"{_scheme}://{account.Domain}{HostMetaDocument.Path}");
        var hostMeta = await _reader
            .GetAsync(hostMetaUri, HostMetaDocument.MediaType + ", application/xml;q=0.9", prepareRequest: null, cancellationToken)
            .ConfigureAwait(false);
        var template = HostMetaDocument.FindLrddTemplate(System.Text.Encoding.UTF8.GetString(hostMeta.Body));
        if (template is null || !template.Contains("{uri}", StringComparison.Ordinal))
        {
            throw new WebFingerException(
                WebFingerFailure.NoLrddTemplate,
                $"{account.Domain} has no WebFinger endpoint ({notFound.Message}) and its host-meta has no lrdd template.",
                notFound);
        }

        var target = template.Replace("{uri}", Uri.EscapeDataString(account.AcctUri), StringComparison.Ordinal);
        if (!Uri.TryCreate(target, UriKind.Absolute, out var lrdd))
        {
            throw new WebFingerException(WebFingerFailure.NoLrddTemplate, $"{account.Domain}'s lrdd template gives '{target}', not an absolute URL.");
        }

        // No second fallback: the template is the last word.
        return await _reader.GetAsync(lrdd, JrdAccept, prepareRequest: null, cancellationToken).ConfigureAwait(false);
    }

    private static WebFingerAccount Interpret(AccountHandle asked, JrdDocument document)
    {
        AccountHandle subject;
        if (document.Subject is null)
        {
            // RFC 7033 makes subject a SHOULD; without one the answer speaks for what was asked.
            subject = asked;
        }
        else if (!AccountHandle.TryParse(document.Subject, out var parsed))
        {
            throw new WebFingerException(WebFingerFailure.InvalidSubject, $"WebFinger for {asked} has subject '{document.Subject}', which is not an acct: handle.");
        }
        else
        {
            subject = parsed;
        }

        var self = document.FindLink(
            WebFingerRel.Self,
            link => ActivityStreamsMediaType.IsActivityPubLinkType(link.Type) && Uri.TryCreate(link.Href, UriKind.Absolute, out _));
        if (self is null)
        {
            throw new WebFingerException(WebFingerFailure.NoActorLink, $"WebFinger for {asked} has no ActivityPub self link.");
        }

        return new WebFingerAccount(subject, new Uri(self.Href!), document);
    }

    private static void RequireSameActor(WebFingerAccount answer, Uri actorId)
    {
        if (!string.Equals(answer.ActorId.AbsoluteUri, actorId.AbsoluteUri, StringComparison.Ordinal))
        {
            throw new WebFingerException(
                WebFingerFailure.ActorMismatch,
                $"WebFinger for {answer.Subject} points at {answer.ActorId}, not at {actorId}.");
        }
    }
}
