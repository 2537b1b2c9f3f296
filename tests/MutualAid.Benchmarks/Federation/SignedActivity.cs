using System.Net.Http.Headers;
using System.Text;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Outgoing;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// An activity signed ahead of the measurement (signing is the sender's cost, not the inbox's): its body and
/// the header lines the signer produced, replayed as a fresh request for every send.
/// </summary>
internal sealed class SignedActivity
{
    private SignedActivity(string activityIri, byte[] body, KeyValuePair<string, string>[] headers)
    {
        ActivityIri = activityIri;
        Body = body;
        Headers = headers;
    }

    public string ActivityIri { get; }

    public byte[] Body { get; }

    public KeyValuePair<string, string>[] Headers { get; }

    /// <summary>Signs a Follow by <paramref name="actorIri"/> for <paramref name="inbox"/> (the URL as the server rebuilds it: https).</summary>
    public static async Task<SignedActivity> CreateAsync(Uri inbox, string actorIri, string activityIri, SigningKey key, SignatureScheme scheme, CancellationToken cancellationToken)
    {
        var body = $$"""{"@context":"https://www.w3.org/ns/activitystreams","id":"{{activityIri}}","type":"Follow","actor":"{{actorIri}}","object":"https://{{inbox.Authority}}/actors/food-bank"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, inbox) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/activity+json");
        await new OutgoingRequestSigner(TimeProvider.System).SignAsync(request, key, scheme, cancellationToken);
        var headers = request.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v))).ToArray();
        return new SignedActivity(activityIri, Encoding.UTF8.GetBytes(body), headers);
    }

    /// <summary>A request carrying the signed headers, sent to <paramref name="target"/> (plain http on loopback).</summary>
    public HttpRequestMessage ToRequest(Uri target)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/activity+json");
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }
}
