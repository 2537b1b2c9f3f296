namespace MutualAid.ActivityPub.Fetching;

/// <summary>One fetch of an ActivityPub document.</summary>
/// <param name="Uri">What to GET.</param>
public sealed record RemoteFetchRequest(Uri Uri)
{
    public IdCheck IdCheck { get; init; } = IdCheck.SameOrigin;

    /// <summary>
    /// Runs on every request message, including each redirect hop, before it is sent; use it to set
    /// <see cref="HttpRequestMessage.Options"/> for the signing handler (which actor signs) or extra headers.
    /// </summary>
    public Func<HttpRequestMessage, CancellationToken, ValueTask>? PrepareRequest { get; init; }
}
