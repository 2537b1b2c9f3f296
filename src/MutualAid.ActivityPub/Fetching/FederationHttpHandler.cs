using System.Net;

namespace MutualAid.ActivityPub.Fetching;

/// <summary>
/// Builds the primary handler for the federation HttpClient: address policy enforced at connect
/// time, no automatic redirects (the fetchers follow and re-check them), no proxy (a proxy would
/// make the connect-time check look at the proxy instead of the target).
/// </summary>
public static class FederationHttpHandler
{
    public static SocketsHttpHandler Create(FederationFetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Create(new GuardedConnector(options.AllowPrivateNetworks));
    }

    public static SocketsHttpHandler Create(GuardedConnector connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // Re-resolve now and then so long-lived pooled connections do not outlive DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = connector.ConnectAsync,
        };
    }
}
