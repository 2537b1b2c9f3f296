using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MutualAid.Federation;
using MutualAid.Server.Hosting;

namespace MutualAid.Server.Federation;

public static class FederationSetup
{
    /// <summary>Federation services, the instance actor's keys on start, and the inbox and delivery workers.</summary>
    public static WebApplicationBuilder AddMutualAidFederation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddFederation(sp => sp.GetRequiredService<IOptions<MutualAidOptions>>().Value.Domain);
        // Registered after storage, so the schema exists when these start.
        builder.Services.AddScoped<HttpSignatureVerifierFactory>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Routing.MatcherPolicy, ActivityPubMatcherPolicy>());
        builder.Services.AddHostedService<FederationStartup>();
        // Before the web server (which hosted services start ahead of, and stop after): requests in flight drain into it.
        builder.Services.AddHostedService<InboxWriterService>();
        builder.Services.AddHostedService<InboxWorker>();
        builder.Services.AddHostedService<DeliveryWorker>();
        builder.Services.AddHostedService<InstanceWatchWorker>();
        builder.Services.AddScoped<InstanceOperators>();
        return builder;
    }

    public static WebApplication MapFederationEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapDiscoveryEndpoints();
        app.MapActorEndpoints();
        app.MapInboxEndpoints();
        app.MapObjectEndpoints();
        app.MapDomainBlockEndpoints();
        app.MapFollowRequestEndpoints();
        app.MapKeyEndpoints();
        return app;
    }
}
