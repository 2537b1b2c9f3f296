using System.Net;
using System.Net.Sockets;

namespace MutualAid.ActivityPub.Fetching;

/// <summary>
/// Opens TCP connections only to addresses the policy allows. It resolves the host itself and
/// connects to the very address it checked, so a DNS answer that changes between check and
/// connect (DNS rebinding) cannot slip a private address through.
/// </summary>
public sealed class GuardedConnector
{
    private readonly bool _allowPrivateNetworks;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;

    public GuardedConnector(bool allowPrivateNetworks)
        : this(allowPrivateNetworks, Dns.GetHostAddressesAsync)
    {
    }

    /// <param name="resolve">Name resolution; replaceable so tests can play a rebinding resolver.</param>
    public GuardedConnector(bool allowPrivateNetworks, Func<string, CancellationToken, Task<IPAddress[]>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _allowPrivateNetworks = allowPrivateNetworks;
        _resolve = resolve;
    }

    /// <summary>Suitable as <see cref="SocketsHttpHandler.ConnectCallback"/>.</summary>
    public ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ConnectAsync(context.DnsEndPoint, cancellationToken);
    }

    public async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var candidates = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await ResolveAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);

        if (candidates.Length == 0)
        {
            throw new RemoteFetchException(RemoteFetchFailure.ConnectionFailed, requestUri: null, $"{endPoint.Host} resolves to no address.");
        }

        var allowed = _allowPrivateNetworks
            ? candidates
            : Array.FindAll(candidates, IPAddressClassifier.IsPublic);
        if (allowed.Length == 0)
        {
            var scopes = string.Join(", ", candidates.Select(a => $"{a} ({IPAddressClassifier.Classify(a)})"));
            throw new RemoteFetchException(
                RemoteFetchFailure.BlockedAddress,
                requestUri: null,
                $"Refusing to connect to {endPoint.Host}: it resolves only to non-public addresses [{scopes}].");
        }

        SocketException? lastError = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                lastError = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new RemoteFetchException(
            RemoteFetchFailure.ConnectionFailed,
            requestUri: null,
            $"Could not connect to {endPoint.Host}:{endPoint.Port} on any of its {allowed.Length} address(es).",
            innerException: lastError);
    }

    private async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            return await _resolve(host, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            throw new RemoteFetchException(
                RemoteFetchFailure.ConnectionFailed,
                requestUri: null,
                $"Could not resolve {host}: {ex.SocketErrorCode}.",
                innerException: ex);
        }
    }
}
