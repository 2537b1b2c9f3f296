using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using MutualAid.Server.Hosting;
using MutualAid.Server.Web.Feeds;
using MutualAid.Server.Web.Html;
using MutualAid.Server.Web.Localization;
using MutualAid.Server.Web.Members;
using MutualAid.Server.Web.Pages;

namespace MutualAid.Server.Web;

/// <summary>The server-rendered web: public directory pages, feeds, members' pages, one stylesheet.</summary>
public static class WebSetup
{
    public static WebApplicationBuilder AddMutualAidWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<UiLanguages>();
        builder.Services.AddAuthentication().AddWebSession();
        // Session and antiforgery cookies are sealed with data-protection keys; keep them in the data
        // directory so sign-ins survive restarts and the keys are backed up with the rest of the instance.
        builder.Services.AddDataProtection().SetApplicationName("mutualaid");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<MutualAidOptions>, ILoggerFactory>((keys, options, loggers) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(options.Value.FullDataDirectory, DataDirectory.CookieKeysFolder)), loggers));
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "mutualaid.csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.FormFieldName = "__csrf";
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStylesheet();
        app.MapDirectoryPages();
        app.MapInstancePages();
        app.MapCollectivePages();
        app.MapListingPages();
        app.MapRemoteCollectivePages();
        app.MapFeedEndpoints();
        app.MapMemberPages();
        return app;
    }
}
