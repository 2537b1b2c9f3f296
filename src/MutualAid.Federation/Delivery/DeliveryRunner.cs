using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Signatures.Outgoing;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Delivery;

/// <summary>
/// The delivery worker's body: leases due jobs, POSTs each activity signed by its actor, with bounded
/// concurrency overall and per host. 2xx completes a job; 410 removes the followers behind that inbox;
/// other 4xx give up; 5xx, 429 and network errors retry with backoff until the retry window closes. A host
/// failing again and again opens its circuit: its jobs wait instead of being tried.
/// </summary>
public sealed partial class DeliveryRunner(
    IServiceScopeFactory scopes,
    IHttpClientFactory clients,
    LocalActorKeys keys,
    IOptions<FederationOptions> options,
    TimeProvider time,
    Random random,
    ILogger<DeliveryRunner> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Sends what is due now; returns how many jobs were attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var jobs = await LeaseDueJobsAsync(settings, cancellationToken);
        if (jobs.Count == 0)
        {
            return 0;
        }

        var perHost = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = settings.DeliveryConcurrency, CancellationToken = cancellationToken }, async (id, ct) =>
        {
            var gate = perHost.GetOrAdd(id.Host, _ => new SemaphoreSlim(settings.DeliveryConcurrencyPerHost));
            await gate.WaitAsync(ct);
            try
            {
                await DeliverAsync(id.Id, ct);
            }
            finally
            {
                gate.Release();
            }
        });
        return jobs.Count;
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

    private async Task DeliverAsync(long jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
        var job = await db.Set<DeliveryJob>().Include(j => j.Activity).SingleAsync(j => j.Id == jobId, cancellationToken);
        var actors = scope.ServiceProvider.GetRequiredService<LocalActorDirectory>();
        var actor = await actors.FindSenderByIriAsync(job.Activity!.ActorIri, cancellationToken);
        if (actor is null)
        {
            Finish(job, DeliveryState.GaveUp, null, "The sending actor no longer exists.");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        HttpStatusCode? status = null;
        string? error = null;
        try
        {
            var pair = await keys.GetAsync(actor, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, job.InboxUrl)
            {
                Content = new StringContent(job.Activity.Document, System.Text.Encoding.UTF8),
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

        await RecordAsync(db, job, status, error, cancellationToken);
    }

    private async Task RecordAsync(MutualAidDbContext db, DeliveryJob job, HttpStatusCode? status, string? error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        job.Attempts++;
        job.LastStatus = status is null ? null : (int)status;
        var host = await db.Set<DeliveryHost>().SingleOrDefaultAsync(h => h.Host == job.Host, cancellationToken);
        if (host is null)
        {
            host = new DeliveryHost { Host = job.Host };
            db.Set<DeliveryHost>().Add(host);
        }

        var code = (int?)status;
        if (code is >= 200 and < 300)
        {
            Finish(job, DeliveryState.Delivered, null, null);
            host.ConsecutiveFailures = 0;
            host.OpenUntil = null;
            host.LastSuccessAt = now;
        }
        else if (status == HttpStatusCode.Gone)
        {
            // The inbox is gone for good: so are the followers behind it.
            await db.Set<Follower>().Where(f => f.RemoteActor!.InboxUrl == job.InboxUrl || f.RemoteActor.SharedInboxUrl == job.InboxUrl).ExecuteDeleteAsync(cancellationToken);
            Finish(job, DeliveryState.GaveUp, code, "410 Gone: followers behind this inbox removed.");
        }
        else if (code is >= 400 and < 500 && code is not 408 and not 429)
        {
            Finish(job, DeliveryState.GaveUp, code, $"Refused with {code}.");
        }
        else
        {
            host.ConsecutiveFailures++;
            host.LastFailureAt = now;
            if (host.ConsecutiveFailures >= settings.CircuitBreakerThreshold)
            {
                host.OpenUntil = now + settings.CircuitBreakerPause;
            }

            var next = now + DeliveryBackoff.Delay(job.Attempts, settings.DeliveryFirstRetry, random);
            if (next > job.CreatedAt + settings.DeliveryRetryWindow)
            {
                Finish(job, DeliveryState.GaveUp, code, $"Gave up after {job.Attempts} attempts: {error ?? code?.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                LogGaveUp(logger, job.Activity!.Iri, job.InboxUrl, job.Attempts);
            }
            else
            {
                job.NextAttemptAt = next;
                job.LeasedUntil = null;
                job.LastError = Truncate(error ?? $"HTTP {code}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Finish(DeliveryJob job, DeliveryState state, int? status, string? error)
    {
        job.State = state;
        job.CompletedAt = time.GetUtcNow();
        job.LeasedUntil = null;
        job.LastStatus = status ?? job.LastStatus;
        job.LastError = error is null ? null : Truncate(error);
    }

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up delivering {ActivityIri} to {Inbox} after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, string activityIri, string inbox, int attempts);
}
