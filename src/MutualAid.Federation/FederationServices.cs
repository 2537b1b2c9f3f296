using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Outgoing;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Delivery;
using MutualAid.Federation.Inbox;
using MutualAid.Federation.Inbox.Handlers;
using MutualAid.Federation.Instances;
using MutualAid.Federation.Policy;
using MutualAid.Federation.Publishing;
using MutualAid.Federation.Remote;

namespace MutualAid.Federation;

public static class FederationServices
{
    /// <summary>Everything federation needs except endpoints and hosted workers (the server adds those).</summary>
    public static IServiceCollection AddFederation(this IServiceCollection services, Func<IServiceProvider, string> domain)
    {
        services.AddOptions<FederationOptions>().BindConfiguration(FederationOptions.SectionName)
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddOptions<Retention.RetentionOptions>().BindConfiguration(Retention.RetentionOptions.SectionName)
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddOptions<InboxWriterOptions>().BindConfiguration(InboxWriterOptions.SectionName)
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<PublicKeyCache>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Random.Shared);
        services.AddSingleton(sp => new FederationUris(domain(sp)));
        services.AddSingleton<LocalActorKeys>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<RemoteHtml>();
        services.AddSingleton<DomainRules>();
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<DeliveryRunner>();
        services.AddSingleton<DeliveryRecorder>();
        services.AddSingleton<Retention.QueueRetention>();
        services.AddSingleton(sp => new SignatureSchemeMemory(sp.GetRequiredService<TimeProvider>()));

        services.AddScoped<LocalActorDirectory>();
        services.AddScoped<DomainPolicy>();
        services.AddScoped<Defederation>();
        services.AddScoped<DomainBlocks>();
        services.AddScoped<ListingActorLinks>();
        services.AddScoped<RemoteActorStore>();
        services.AddScoped<IPublicKeyResolver, RemoteKeyResolver>();
        services.AddScoped<InboxReceiver>();
        services.AddScoped<Outbox>();
        services.AddScoped<RemoteListings>();
        services.AddScoped<FollowRemoteActor>();
        services.AddScoped<InstanceFollowsAlong>();
        services.AddOptions<InstanceWatchOptions>().BindConfiguration(InstanceWatchOptions.SectionName)
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddScoped<InstanceProbe>();
        services.AddScoped<WatchKnownInstances>();
        services.AddScoped<ListKnownInstances>();
        services.AddScoped<AddToDirectory>();

        services.AddScoped<ListingActorPublisher>();
        services.AddScoped<FederatedListingPublisher>();
        services.AddScoped<IListingPublisher>(sp => sp.GetRequiredService<FederatedListingPublisher>());
        services.AddScoped<RotateActorKey>();
        services.AddScoped<Followers.FollowRequests>();

        services.AddScoped<ActivityHandlerTable>();
        services.AddScoped<IActivityHandler, FollowHandler>();
        services.AddScoped<IActivityHandler, UndoFollowHandler>();
        services.AddScoped<IActivityHandler, UndoInteractionHandler>();
        services.AddScoped<IActivityHandler, AcceptHandler>();
        services.AddScoped<IActivityHandler, RejectHandler>();
        services.AddScoped<IActivityHandler, CreateNoteHandler>();
        services.AddScoped<IActivityHandler, UpdateNoteHandler>();
        services.AddScoped<IActivityHandler, UpdateActorHandler>();
        services.AddScoped<IActivityHandler, DeleteHandler>();
        services.AddScoped<IActivityHandler, LikeHandler>();
        services.AddScoped<IActivityHandler, AnnounceHandler>();
        services.AddScoped<IActivityHandler, FlagHandler>();
        services.AddScoped<IActivityHandler, BlockHandler>();

        // Guarded connector first (no private addresses unless allowed, no redirects), then signing by the
        // instance actor, or by the actor a request names (deliveries).
        services.AddHttpClient(FederationHttp.ClientName)
            // The factory's default swaps the handler every 2 minutes, dropping every pooled connection and TLS session
            // with it, so each fan-out to hosts a few minutes apart paid its handshakes again. The handler recycles
            // its own connections (PooledConnectionLifetime), which is what keeps DNS changes visible.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => FederationHttpHandler.Create(FederationHttp.FetchOptions(sp.GetRequiredService<IOptions<FederationOptions>>().Value)))
            .AddHttpMessageHandler(sp => new CurrentInstanceKeyHandler(sp.GetRequiredService<LocalActorKeys>()))
            .AddHttpMessageHandler(sp => new DoubleKnockSigningHandler(
                sp.GetRequiredService<LocalActorKeys>().InstanceKeys.RsaSigning,
                new OutgoingRequestSigner(sp.GetRequiredService<TimeProvider>()),
                sp.GetRequiredService<SignatureSchemeMemory>()));
        return services;
    }
}
