using System.Net.Http.Headers;

namespace MutualAid.ActivityPub.Fetching;

/// <summary>A successful, size-capped response body and where it finally came from.</summary>
internal sealed record RemoteResponse(Uri FinalUri, MediaTypeHeaderValue? ContentType, byte[] Body);
