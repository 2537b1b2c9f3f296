using System.Net;

namespace MutualAid.ActivityPub.Fetching;

/// <summary>A remote fetch was refused by policy or failed; <see cref="Reason"/> says which.</summary>
public sealed class RemoteFetchException : Exception
{
    public RemoteFetchException()
        : this(RemoteFetchFailure.ConnectionFailed, requestUri: null, "The remote fetch failed.")
    {
    }

    public RemoteFetchException(string message)
        : this(RemoteFetchFailure.ConnectionFailed, requestUri: null, message)
    {
    }

    public RemoteFetchException(string message, Exception innerException)
        : this(RemoteFetchFailure.ConnectionFailed, requestUri: null, message, statusCode: null, innerException)
    {
    }

    public RemoteFetchException(
        RemoteFetchFailure reason,
        Uri? requestUri,
        string message,
        HttpStatusCode? statusCode = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
        RequestUri = requestUri;
        StatusCode = statusCode;
    }

    public RemoteFetchFailure Reason { get; }

    /// <summary>The URL being requested when the fetch failed (after any redirects followed so far).</summary>
    public Uri? RequestUri { get; }

    /// <summary>The response status when <see cref="Reason"/> is <see cref="RemoteFetchFailure.HttpStatus"/>.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>410 Gone: the remote says the resource was deleted, so local copies should be removed too.</summary>
    public bool IsGone => StatusCode == HttpStatusCode.Gone;

    /// <summary>404 Not Found.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;
}
