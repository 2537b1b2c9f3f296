namespace MutualAid.Federation;

/// <summary>The <c>MutualAid:Federation</c> section (env: <c>MutualAid__Federation__AllowPrivateNetworks=true</c>, ...).</summary>
public sealed class FederationOptions
{
    public const string SectionName = "MutualAid:Federation";

    /// <summary>Let fetches and deliveries reach loopback and private addresses (tests, LAN deployments).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Allow plain-http remote URLs (tests only).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Domains refused in addition to the blocks stored in the database (which the admin API edits).</summary>
    public List<string> BlockedDomains { get; set; } = [];

    /// <summary>Domains allowed in allowlist mode, in addition to the instance settings' list.</summary>
    public List<string> AllowedDomains { get; set; } = [];

    /// <summary>
    /// How long the domain blocks and allowlist are kept in memory before they are read again. Edits through the admin
    /// API apply at once; this bounds how long a change made by another process goes unseen.
    /// </summary>
    public TimeSpan DomainRulesRefresh { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Authorized fetch (Mastodon's secure mode): object and collection GETs must be signed by an allowed server.</summary>
    public bool AuthorizedFetch { get; set; }

    /// <summary>Run the inbox and delivery workers in this process (off for CLI commands and some tests).</summary>
    public bool RunWorkers { get; set; } = true;

    public int DeliveryConcurrency { get; set; } = 16;

    public int DeliveryConcurrencyPerHost { get; set; } = 2;

    /// <summary>How long a failing delivery is retried before it is given up (Mastodon: about a week).</summary>
    public TimeSpan DeliveryRetryWindow { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan DeliveryFirstRetry { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delivery results committed together (one durable commit per batch, not per request); 1 commits each alone.</summary>
    public int DeliveryRecordBatchSize { get; set; } = 64;

    /// <summary>Consecutive failures after which a host's circuit opens.</summary>
    public int CircuitBreakerThreshold { get; set; } = 10;

    public TimeSpan CircuitBreakerPause { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the workers look for due work when nothing wakes them.</summary>
    public TimeSpan WorkerPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Minimum time between two refetches of the same remote actor to pick up a rotated key.</summary>
    public TimeSpan KeyRefetchInterval { get; set; } = TimeSpan.FromSeconds(30);

    public int InboxMaxBytes { get; set; } = 1024 * 1024;

    public int CollectionPageSize { get; set; } = 20;

    /// <summary>E-mail addresses of the users allowed to edit domain blocks through the admin API.</summary>
    public List<string> Operators { get; set; } = [];

    public void Validate()
    {
        if (DeliveryConcurrency < 1 || DeliveryConcurrencyPerHost < 1 || DeliveryRecordBatchSize < 1)
        {
            throw new InvalidOperationException("MutualAid:Federation: DeliveryConcurrency, DeliveryConcurrencyPerHost and DeliveryRecordBatchSize must be at least 1.");
        }

        if (DeliveryRetryWindow <= TimeSpan.Zero || DeliveryFirstRetry <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("MutualAid:Federation: DeliveryRetryWindow and DeliveryFirstRetry must be positive.");
        }

        if (DomainRulesRefresh < TimeSpan.Zero)
        {
            throw new InvalidOperationException("MutualAid:Federation: DomainRulesRefresh must not be negative (zero reads the rules on every request).");
        }

        if (CollectionPageSize is < 1 or > 200)
        {
            throw new InvalidOperationException("MutualAid:Federation: CollectionPageSize must be between 1 and 200.");
        }
    }
}
