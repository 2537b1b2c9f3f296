using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MutualAid.ActivityPub.Tests.Fetching;

/// <summary>
/// A one-shot HTTP/1.1 responder on 127.0.0.1, so the connect-time address policy can be tested
/// against a real socket without any server package.
/// </summary>
internal sealed class LoopbackHttpResponder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public LoopbackHttpResponder()
    {
        _listener.Start();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>True once a client has connected, whether or not it was answered.</summary>
    public bool Connected { get; private set; }

    /// <summary>Accepts one connection, captures the request head, answers with <paramref name="body"/>.</summary>
    public async Task<string> AnswerOnceAsync(string contentType, string body, CancellationToken cancellationToken)
    {
        using var client = await _listener.AcceptTcpClientAsync(cancellationToken);
        Connected = true;
        await using var stream = client.GetStream();
        var head = await ReadHeadAsync(stream, cancellationToken);
        var payload = Encoding.UTF8.GetBytes(body);
        var response = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(response, cancellationToken);
        await stream.WriteAsync(payload, cancellationToken);
        await stream.FlushAsync(cancellationToken);
        return head;
    }

    /// <summary>True when a connection attempt is waiting to be accepted.</summary>
    public bool HasPendingConnection => _listener.Pending();

    private static async Task<string> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return received.ToString();
    }

    public ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Dispose();
        return ValueTask.CompletedTask;
    }
}
