namespace MutualAid.Federation.Actors;

/// <summary>
/// Every IRI this instance publishes, in one place (FEDERATION.md lists them). All actors share one shape,
/// <c>/actors/{username}</c>, so collectives, the instance actor and listing actors use the same
/// inbox, outbox, followers and delivery code.
/// </summary>
public sealed class FederationUris(string domain)
{
    public string Domain { get; } = domain.ToLowerInvariant();

    public string Base => "https://" + Domain;

    public string Actor(string username) => $"{Base}/actors/{username}";

    public string Inbox(string username) => Actor(username) + "/inbox";

    public string Outbox(string username) => Actor(username) + "/outbox";

    public string Followers(string username) => Actor(username) + "/followers";

    public string FollowingCollection(string username) => Actor(username) + "/following";

    public string Featured(string username) => Actor(username) + "/featured";

    public string SharedInbox => Base + "/inbox";

    public string Listing(string publicId) => $"{Base}/listings/{publicId}";

    public string Activity(string id) => $"{Base}/activities/{id}";

    /// <summary>A listing actor's news Note ("raised 500 more", "new hours").</summary>
    public string UpdateNote(string id) => $"{Base}/notes/{id}";

    public string Context => Base + "/ns/mutual-aid/v1.jsonld";

    public string Tag(string lowerName) => $"{Base}/tags/{Uri.EscapeDataString(lowerName)}";

    /// <summary>The collective's HTML page (served by the web pages).</summary>
    public string ProfilePage(string slug) => $"{Base}/@{slug}";

    public string ListingPage(string slug, string publicId) => $"{Base}/@{slug}/listings/{publicId}";

    /// <summary>The HTML page of an actor: a collective's profile, a listing actor's listing page, the home page for the instance.</summary>
    public string PageOf(LocalActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor switch
        {
            { Listing: { } listing, Collective: { } collective } => ListingPage(collective.Slug, listing.PublicId),
            { Collective: { } collective } => ProfilePage(collective.Slug),
            _ => Base,
        };
    }

    /// <summary>The username of a local actor IRI, or null when the IRI is not one of ours.</summary>
    public string? UsernameOf(string iri)
    {
        var prefix = Base + "/actors/";
        if (!iri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = iri[prefix.Length..];
        return rest.Length == 0 || rest.Contains('/', StringComparison.Ordinal) || rest.Contains('#', StringComparison.Ordinal) ? null : rest;
    }

    /// <summary>The listing id of a local listing IRI (fragments such as <c>#primary</c> are ignored), or null.</summary>
    public string? ListingIdOf(string iri)
    {
        var prefix = Base + "/listings/";
        if (!iri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = iri[prefix.Length..];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? rest[..hash] : rest;
    }

    public bool IsLocal(string iri) =>
        Uri.TryCreate(iri, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, Domain, StringComparison.OrdinalIgnoreCase);
}
