using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>
/// Reads a remote instance's NodeInfo for the directory's instance discovery: the discovery
/// document first, then the newest 2.x schema it links. Requests go through the same guarded,
/// bounded reader as document fetches.
/// </summary>
public sealed class NodeInfoClient
{
    private const string JsonAccept = "application/json";

    // Newest first; 2.2 only adds optional members, so the same reader serves it.
    private static readonly string[] SupportedVersions = ["2.2", "2.1", "2.0"];

    private readonly RemoteHttpReader _reader;
    private readonly string _scheme;

    public NodeInfoClient(HttpClient http, FederationFetchOptions options, TimeProvider timeProvider)
    {
        _reader = new RemoteHttpReader(http, options, timeProvider);
        _scheme = options.DiscoveryScheme;
    }

    /// <param name="host">The instance's domain, optionally with port (<c>example.org</c>, <c>localhost:5001</c>).</param>
    public async Task<RemoteNodeInfo> FetchAsync(string host, CancellationToken cancellationToken)
    {
        var domain = WebFinger.DomainName.Normalize(host);
        var discoveryUri = new Uri($"{_scheme}://{domain}{NodeInfoSchema.WellKnownPath}");
        var discovery = await _reader.GetAsync(discoveryUri, JsonAccept, prepareRequest: null, cancellationToken).ConfigureAwait(false);
        var links = NodeInfoReader.ParseLinks(discovery.Body);

        var (version, link) = SupportedVersions
            .Select(v => (Version: v, Link: links.Links.FirstOrDefault(l => NodeInfoSchema.VersionOf(l.Rel) == v)))
            .FirstOrDefault(candidate => candidate.Link is not null);
        if (link is null || !Uri.TryCreate(discovery.FinalUri, link.Href, out var documentUri))
        {
            throw new NodeInfoException(
                NodeInfoFailure.NoSupportedSchema,
                $"{discovery.FinalUri} links no NodeInfo {string.Join('/', SupportedVersions)} document.");
        }

        var response = await _reader.GetAsync(documentUri, JsonAccept, prepareRequest: null, cancellationToken).ConfigureAwait(false);
        var document = NodeInfoReader.ParseDocument(response.Body);

        var application = links.Links.FirstOrDefault(l => string.Equals(l.Rel, NodeInfoSchema.ApplicationRel, StringComparison.Ordinal));
        Uri? instanceActor = application is not null && Uri.TryCreate(discovery.FinalUri, application.Href, out var actor) ? actor : null;
        return new RemoteNodeInfo(version, response.FinalUri, document, instanceActor);
    }
}
