using System.Text.Json;

namespace MutualAid.ActivityPub.Fetching;

/// <summary>An ActivityPub document that passed every fetch check.</summary>
/// <param name="Id">The document's own <c>id</c>, already checked against <paramref name="FinalUri"/>.</param>
/// <param name="FinalUri">The URL that served the body, after redirects.</param>
/// <param name="MediaType">The response's media type (without parameters).</param>
/// <param name="Root">The JSON object (detached from any JsonDocument, safe to keep).</param>
public sealed record RemoteDocument(Uri Id, Uri FinalUri, string MediaType, JsonElement Root);
