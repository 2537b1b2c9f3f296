using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Fetching;

namespace MutualAid.Federation.Remote;

/// <summary>The named HttpClient every outbound federation request uses (guarded connector, then signing by the instance actor).</summary>
public static class FederationHttp
{
    public const string ClientName = "federation";

    public static FederationFetchOptions FetchOptions(FederationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FederationFetchOptions
        {
            AllowHttp = options.AllowHttp,
            AllowPrivateNetworks = options.AllowPrivateNetworks,
            DiscoveryScheme = Uri.UriSchemeHttps,
        };
    }

    public static RemoteDocumentFetcher Fetcher(IHttpClientFactory clients, IOptions<FederationOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        return new RemoteDocumentFetcher(clients.CreateClient(ClientName), FetchOptions(options.Value), time);
    }
}
