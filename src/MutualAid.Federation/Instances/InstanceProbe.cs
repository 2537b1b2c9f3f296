using System.Text.Json;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.NodeInfo;
using MutualAid.Core.Federation;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Instances;

/// <summary>
/// Asks one instance for its NodeInfo (signed by our instance actor, through the guarded federation client)
/// and records the answer, or the failure, on its <see cref="KnownInstance"/> row. The caller saves.
/// </summary>
public sealed class InstanceProbe(IHttpClientFactory clients, IOptions<FederationOptions> options, TimeProvider time)
{
    private static readonly JsonSerializerOptions DocumentJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <returns>True when the instance answered with a usable NodeInfo document.</returns>
    public async Task<bool> ProbeAsync(KnownInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var client = new NodeInfoClient(clients.CreateClient(FederationHttp.ClientName), FederationHttp.FetchOptions(options.Value), time);
        instance.LastCheckedAt = time.GetUtcNow();
        try
        {
            var answer = await client.FetchAsync(instance.Domain, cancellationToken);
            Record(instance, answer.Document);
            return true;
        }
        catch (Exception exception) when (exception is RemoteFetchException or NodeInfoException)
        {
            // Not answering is what the watch is there to notice: it is recorded, not thrown.
            instance.ConsecutiveFailures++;
            instance.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
            return false;
        }
    }

    private void Record(KnownInstance instance, NodeInfoDocument document)
    {
        instance.Software = Bounded(document.Software.Name);
        instance.SoftwareVersion = Bounded(document.Software.Version);
        instance.OpenRegistrations = document.OpenRegistrations;
        instance.UsersTotal = document.Usage.Users.Total;
        instance.LocalPosts = document.Usage.LocalPosts;
        instance.NodeInfo = JsonSerializer.Serialize(document, DocumentJson);
        instance.LastContactAt = instance.LastCheckedAt ?? time.GetUtcNow();
        instance.ConsecutiveFailures = 0;
        instance.LastError = null;
    }

    private static string? Bounded(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Length > 100 ? text[..100] : text;
}
