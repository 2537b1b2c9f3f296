using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Signatures.Outgoing;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Policy;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Delivery;

/// <summary>
/// The delivery worker's body: leases due jobs (one transaction), loads them with their activities and senders (three
/// queries), POSTs each activity signed by its actor, with bounded concurrency overall and per host, and hands each
/// outcome to <see cref="DeliveryRecorder"/>, which commits them in batches while the other requests are still out.
/// 2xx completes a job; 410 removes the followers behind that inbox; other 4xx give up; 5xx, 429, 408 and network
/// errors retry with backoff until the retry window closes. A host failing again and again opens its circuit: its jobs
/// wait instead of being tried.
/// </summary>
public sealed class DeliveryRunner(
    IServiceScopeFactory scopes,
    IHttpClientFactory clients,
    LocalActorKeys keys,
    DeliveryRecorder recorder,
    IOptions<FederationOptions> options,
    TimeProvider time)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Sends what is due now; returns how many jobs were attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var leased = await LeaseDueJobsAsync(settings, cancellationToken);
        if (leased.Count == 0)
        {
            return 0;
        }

        var deliveries = await LoadAsync(leased, cancellationToken);
        var outcomes = Channel.CreateUnbounded<DeliveryOutcome>(new UnboundedChannelOptions { SingleReader = true });
        var recording = recorder.RecordAsync(outcomes.Reader);
        try
        {
            var perHost = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.Ordinal);
            await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = settings.DeliveryConcurrency, CancellationToken = cancellationToken }, async (delivery, ct) =>
            {
                if (NotSent(delivery) is { } reason)
                {
                    outcomes.Writer.TryWrite(new DeliveryOutcome(delivery.JobId, delivery.Host, delivery.InboxUrl, delivery.ActivityIri, null, null, reason));
                    return;
                }

                var gate = perHost.GetOrAdd(delivery.Host, _ => new SemaphoreSlim(settings.DeliveryConcurrencyPerHost));
                await gate.WaitAsync(ct);
                try
                {
                    outcomes.Writer.TryWrite(await SendAsync(delivery, delivery.Sender!, ct));
                }
                finally
                {
                    gate.Release();
                }
            });
        }
        finally
        {
            // Also when cancelled: what was sent is recorded; jobs never sent keep their lease until it runs out.
            outcomes.Writer.TryComplete();
            await recording;
        }

        return leased.Count;
    }

    private async Task<List<(long Id, string Host)>> LeaseDueJobsAsync(FederationOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
        var now = time.GetUtcNow();
        var candidates = await db.Set<DeliveryJob>().AsNoTracking()
            .Where(j => j.State == DeliveryState.Pending && j.NextAttemptAt <= now && (j.LeasedUntil == null || j.LeasedUntil < now))
            .OrderBy(j => j.NextAttemptAt).Select(j => new { j.Id, j.Host }).Take(settings.DeliveryConcurrency * 8).ToListAsync(cancellationToken);
        var openHosts = await db.Set<DeliveryHost>().AsNoTracking().Where(h => h.OpenUntil != null && h.OpenUntil > now)
            .ToDictionaryAsync(h => h.Host, h => h.OpenUntil!.Value, cancellationToken);

        // One transaction for all the leases: each autocommitted UPDATE would be a durable commit (an fsync) of its own.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var leased = new List<(long, string)>();
        foreach (var job in candidates)
        {
            if (openHosts.TryGetValue(job.Host, out var openUntil))
            {
                // The circuit is open: wait it out without spending an attempt.
                await db.Set<DeliveryJob>().Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.NextAttemptAt, openUntil), cancellationToken);
                continue;
            }

            var until = now + Lease;
            var taken = await db.Set<DeliveryJob>()
                .Where(j => j.Id == job.Id && j.State == DeliveryState.Pending && (j.LeasedUntil == null || j.LeasedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeasedUntil, until), cancellationToken);
            if (taken == 1)
            {
                leased.Add((job.Id, job.Host));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return leased;
    }

    /// <summary>The leased jobs, their activities (each document once, however many inboxes share it) and their senders.</summary>
    private async Task<List<OutgoingDelivery>> LoadAsync(List<(long Id, string Host)> leased, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
        var ids = leased.Select(l => l.Id).ToList();
        var jobs = await db.Set<DeliveryJob>().AsNoTracking().Where(j => ids.Contains(j.Id))
            .Select(j => new { j.Id, j.Host, j.InboxUrl, j.OutboxActivityId }).ToListAsync(cancellationToken);
        var activityIds = jobs.Select(j => j.OutboxActivityId).Distinct().ToList();
        var activities = await db.Set<OutboxActivity>().AsNoTracking().Where(a => activityIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Iri, a.ActorIri, a.Document }).ToDictionaryAsync(a => a.Id, cancellationToken);
        // Checked when sending, not only when queueing: a job queued before a domain block must not go out after it.
        var allows = await scope.ServiceProvider.GetRequiredService<DomainPolicy>().SnapshotAsync(cancellationToken);
        var actors = scope.ServiceProvider.GetRequiredService<LocalActorDirectory>();
        var senders = new Dictionary<string, LocalActor?>(StringComparer.Ordinal);
        foreach (var actorIri in activities.Values.Select(a => a.ActorIri).Distinct(StringComparer.Ordinal))
        {
            senders[actorIri] = await actors.FindSenderByIriAsync(actorIri, cancellationToken);
        }

        // Ordered as leased (most overdue first); a job deleted since its lease is simply not sent.
        var byId = jobs.ToDictionary(j => j.Id);
        var deliveries = new List<OutgoingDelivery>(jobs.Count);
        foreach (var (id, _) in leased)
        {
            if (byId.TryGetValue(id, out var job))
            {
                var activity = activities[job.OutboxActivityId];
                deliveries.Add(new OutgoingDelivery(job.Id, job.Host, job.InboxUrl, activity.Iri, activity.Document, senders[activity.ActorIri], allows(job.Host)));
            }
        }

        return deliveries;
    }

    private static string? NotSent(OutgoingDelivery delivery) =>
        !delivery.HostAllowed ? $"This instance no longer federates with {delivery.Host}."
        : delivery.Sender is null ? "The sending actor no longer exists."
        : null;

    private async Task<DeliveryOutcome> SendAsync(OutgoingDelivery delivery, LocalActor sender, CancellationToken cancellationToken)
    {
        HttpStatusCode? status = null;
        string? error = null;
        try
        {
            var pair = await keys.GetAsync(sender, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.InboxUrl)
            {
                Content = new StringContent(delivery.Document, System.Text.Encoding.UTF8),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/activity+json");
            request.Options.Set(DoubleKnockSigningHandler.SigningKeyOption, pair.RsaSigning);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            using var response = await clients.CreateClient(FederationHttp.ClientName).SendAsync(request, timeout.Token);
            status = response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = exception.Message;
        }

        return new DeliveryOutcome(delivery.JobId, delivery.Host, delivery.InboxUrl, delivery.ActivityIri, status, error);
    }
}
