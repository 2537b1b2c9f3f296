using System.Text.Json.Nodes;

namespace MutualAid.Server.Federation;

/// <summary>Content negotiation: ActivityStreams JSON for servers, HTML pages for browsers.</summary>
internal static class ActivityJson
{
    public const string MediaType = "application/activity+json";

    public static bool IsWanted(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("application/activity+json", StringComparison.OrdinalIgnoreCase)
            || accept.Contains("application/ld+json", StringComparison.OrdinalIgnoreCase)
            || (accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }

    public static IResult Result(JsonNode document, int status = StatusCodes.Status200OK) =>
        Results.Text(document.ToJsonString(), MediaType, System.Text.Encoding.UTF8, status);
}
