using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Signatures;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Inbox;

namespace MutualAid.Server.Federation;

/// <summary>The per-actor and shared inboxes: all the work is in <see cref="InboxReceiver"/>; here only HTTP.</summary>
internal static class InboxEndpoints
{
    public static void MapInboxEndpoints(this WebApplication app)
    {
        app.MapPost("/inbox", (HttpContext http, InboxReceiver receiver, CancellationToken ct) => ReceiveAsync(http, receiver, null, ct)).ExcludeFromDescription();
        app.MapPost("/actors/{username}/inbox", async (string username, HttpContext http, InboxReceiver receiver, LocalActorDirectory actors, CancellationToken ct) =>
            await actors.FindByUsernameAsync(username, ct) is { } actor ? await ReceiveAsync(http, receiver, actor.Iri, ct) : Results.NotFound()).ExcludeFromDescription();
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, InboxReceiver receiver, string? receivedBy, CancellationToken ct)
    {
        var parts = await ReadAsync(http.Request, ct);
        var result = await receiver.ReceiveAsync(parts, receivedBy, ct);
        return result.Outcome switch
        {
            InboxOutcome.Accepted or InboxOutcome.Duplicate => Results.Accepted(),
            InboxOutcome.Malformed => Results.BadRequest(result.Message),
            InboxOutcome.Busy => Busy(http),
            InboxOutcome.Forbidden => Results.Text(result.Message, "text/plain", statusCode: StatusCodes.Status403Forbidden),
            _ => Results.Text(result.Message, "text/plain", statusCode: StatusCodes.Status401Unauthorized),
        };
    }

    private static IResult Busy(HttpContext http)
    {
        var wait = http.RequestServices.GetRequiredService<IOptions<InboxWriterOptions>>().Value.RetryAfter;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Text("The inbox is busy; try again later.", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The request as the signer saw it: public https scheme, Host, raw path and query, every header line.</summary>
    internal static async Task<HttpMessageParts> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        var raw = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var target = string.IsNullOrEmpty(raw) || !raw.StartsWith('/') ? request.Path.ToUriComponent() + request.QueryString.ToUriComponent() : raw;
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                headers.Add(new(name, value ?? ""));
            }
        }

        return new HttpMessageParts(request.Method, new Uri($"https://{request.Host.Value}{target}"), headers, body.ToArray());
    }
}
