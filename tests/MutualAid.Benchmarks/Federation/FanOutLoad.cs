using System.Diagnostics;
using System.Globalization;
using System.Net.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Federation;
using MutualAid.Federation.Delivery;
using MutualAid.Testing;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// Delivery fan-out over real sockets: a collective with <c>--followers</c> followers spread over <c>--hosts</c> hosts
/// (sharing each host's inbox) creates a listing; the real <see cref="DeliveryRunner"/> (16 at once, 2 per host) signs
/// and POSTs one request per host through the real federation HttpClient to Kestrel inboxes on 127.0.1.x, which verify
/// every signature. Timed from the API call that creates the listing to the last delivery recorded; each host must have
/// received exactly one verified request per listing.
/// <c>--tls</c>: the inboxes serve HTTPS with certificates from a throwaway in-memory CA that the sender alone trusts,
/// so TLS handshakes are paid as in production: once per pooled connection (the warm-up round; later rounds reuse the
/// pool unless its connections were closed). <c>--cold</c>: the inboxes close idle connections after 1 s and each
/// round waits 2.5 s before its clock starts, so every round opens (and over TLS, handshakes) all its connections,
/// as a fan-out to hosts not contacted for a while does.
/// Run: <c>dotnet run -c Release --project tests/MutualAid.Benchmarks -- fanout-load --hosts 200 --followers 2000 --rounds 5 [--tls] [--cold]</c>
/// </summary>
internal static class FanOutLoad
{
    public const string Verb = "fanout-load";

    public static async Task<int> RunAsync(string[] args)
    {
        var hosts = Option(args, "--hosts", 200);
        var followers = Option(args, "--followers", 2000);
        var rounds = Option(args, "--rounds", 5);
        var tls = args.Contains("--tls");
        var cold = args.Contains("--cold");

        using var authority = tls ? ThrowawayCertificateAuthority.Create(TimeProvider.System) : null;
        if (authority is not null)
        {
            RefuseStrangers(authority);
        }

        using var sender = new LoopbackSender(hosts, authority);
        var member = await sender.CreateCollectiveWithAdminAsync("food-bank");
        var keys = new SenderKeys(sender);
        await using var inboxes = await LoopbackInboxes.StartAsync(hosts, keys, authority, cold ? TimeSpan.FromSeconds(1) : null);
        await SeedFollowersAsync(sender, hosts, followers, inboxes.Port, tls ? Uri.UriSchemeHttps : Uri.UriSchemeHttp);
        using var client = await sender.CreateClientAsAsync(member);
        var runner = sender.Services.GetRequiredService<DeliveryRunner>();

        var times = new List<double>();
        var failed = false;
        for (var round = 0; round <= rounds; round++)
        {
            if (cold)
            {
                // Untimed: long enough for the inboxes to close the previous round's idle connections.
                await Task.Delay(TimeSpan.FromSeconds(2.5));
            }

            inboxes.TakeConnections();
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            using (var response = await client.PostAsync("/api/v1/collectives/food-bank/listings",
                new StringContent(ListingSamples.Offer().ToJsonString(), System.Text.Encoding.UTF8, "application/json")))
            {
                response.EnsureSuccessStatusCode();
            }

            var queued = clock.Elapsed.TotalSeconds;
            while (await runner.RunOnceAsync(CancellationToken.None) > 0)
            {
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var counts = inboxes.TakeCounts();
            var connections = inboxes.TakeConnections();
            var delivered = await sender.InDatabaseAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.State == DeliveryState.Delivered));
            var exact = counts.Count == hosts && counts.Values.All(n => n == 1);
            failed |= !exact || inboxes.Refused > 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(round == 0 ? "warm-up" : $"round {round}")}: {seconds:0.000} s ({queued:0.000} s to create and queue; CPU {cpuSeconds:0.00} s, sender and inboxes together), {counts.Values.Sum()} verified requests to {counts.Count} hosts, exactly one each: {exact}, connections opened: {connections}, refused signatures: {inboxes.Refused}, jobs delivered so far: {delivered}, load average {string.Join(' ', load)}"));
            if (round > 0)
            {
                times.Add(seconds);
            }
        }

        times.Sort();
        var median = times[times.Count / 2];
        var transport = tls ? $"HTTPS ({inboxes.Protocol}, ECDSA P-256 certificates from a throwaway CA)" : "plain HTTP";
        var connectionsNote = cold ? "fresh connections every round" : "connections pooled as in production";
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"over {transport}, {connectionsNote}: {followers} followers on {hosts} hosts, {Environment.ProcessorCount} cores: median {median:0.000} s (best {times[0]:0.000} s, worst {times[^1]:0.000} s) per listing, {hosts / median:0} deliveries/s, {followers / median:0} followers reached/s"));
        return failed ? 1 : 0;
    }

    /// <summary>A certificate for the right name from another CA must not pass: the sender trusts this CA alone.</summary>
    private static void RefuseStrangers(ThrowawayCertificateAuthority authority)
    {
        using var stranger = ThrowawayCertificateAuthority.Create(TimeProvider.System);
        using var foreign = stranger.IssueServerCertificate(LoopbackInboxes.NameOf(0), LoopbackInboxes.AddressOf(0), TimeProvider.System);
        using var own = authority.IssueServerCertificate(LoopbackInboxes.NameOf(0), LoopbackInboxes.AddressOf(0), TimeProvider.System);
        if (authority.Trusts(foreign, SslPolicyErrors.RemoteCertificateChainErrors) || !authority.Trusts(own, SslPolicyErrors.RemoteCertificateChainErrors)
            || authority.Trusts(own, SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            throw new InvalidOperationException("The benchmark's certificate check trusts more (or less) than its own throwaway CA.");
        }
    }

    private static Task<int> SeedFollowersAsync(MutualAidAppFactory sender, int hosts, int followers, int port, string scheme) => sender.InDatabaseAsync(async db =>
    {
        for (var i = 0; i < followers; i++)
        {
            var h = i % hosts;
            var origin = $"{scheme}://{LoopbackInboxes.NameOf(h)}:{port}";
            var actor = new RemoteActor
            {
                Iri = $"{origin}/users/u{i}",
                Domain = LoopbackInboxes.NameOf(h),
                InboxUrl = $"{origin}/users/u{i}/inbox",
                SharedInboxUrl = $"{origin}/inbox",
            };
            db.Set<RemoteActor>().Add(actor);
            db.Set<Follower>().Add(new Follower { LocalActorIri = $"https://{LoopbackSender.Domain}/actors/food-bank", RemoteActor = actor, State = FollowState.Accepted, FollowActivityIri = actor.Iri + "#follow" });
        }

        return await db.SaveChangesAsync();
    });

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }
}
