namespace MutualAid.ActivityPub.Fetching;

/// <summary>Why a remote fetch was refused or failed.</summary>
public enum RemoteFetchFailure
{
    /// <summary>The host resolved to (or is) a loopback, private, link-local or otherwise non-public address.</summary>
    BlockedAddress,

    /// <summary>The URL is not absolute https (or http when allowed).</summary>
    UnsupportedScheme,

    /// <summary>The body is larger than <see cref="FederationFetchOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The fetch took longer than <see cref="FederationFetchOptions.Timeout"/>.</summary>
    Timeout,

    /// <summary>The response's Content-Type is not an ActivityStreams (or JSON) type.</summary>
    BadContentType,

    /// <summary>The document's <c>id</c> is missing, not from the origin that served it, or not the requested IRI.</summary>
    IdMismatch,

    /// <summary>The server answered with a non-success status; see <see cref="RemoteFetchException.StatusCode"/>.</summary>
    HttpStatus,

    /// <summary>More than <see cref="FederationFetchOptions.MaxRedirects"/> redirects.</summary>
    TooManyRedirects,

    /// <summary>The body is not a JSON object.</summary>
    InvalidJson,

    /// <summary>The connection could not be made or broke off (DNS failure, refused, reset).</summary>
    ConnectionFailed,
}
