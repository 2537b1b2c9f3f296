using MutualAid.Server.Api;
using MutualAid.Server.Auth;
using MutualAid.Server.CommandLine;
using MutualAid.Server.Federation;
using MutualAid.Server.Hosting;
using MutualAid.Server.Maintenance;
using MutualAid.Server.Web;

/// <summary>The <c>mutualaid</c> executable: a command line around the server (see <see cref="MutualAidCommandLine"/>).</summary>
public partial class Program
{
    public static Task<int> Main(string[] args) =>
        MutualAidCommandLine.CreateDefault().RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);

    /// <summary>The web application, read as a table of contents: every area adds its services and maps its endpoints.</summary>
    public static WebApplication BuildWebApp(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // SQL for every command is noise at Information; the operator can lower this in configuration.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        configure?.Invoke(builder);

        builder.AddMutualAidStorage();
        builder.AddMutualAidAuthentication();
        builder.AddMutualAidFederation();
        builder.AddMutualAidMaintenance();
        builder.AddMutualAidWeb();
        builder.AddApiProblems();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseApiProblems();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapHomeEndpoints();
        app.MapAuthEndpoints();
        app.MapCollectiveEndpoints();
        app.MapListingEndpoints();
        app.MapFederationEndpoints();
        app.MapDirectoryEndpoints();
        app.MapInstanceDirectoryEndpoints();
        app.MapWebPages();
        return app;
    }
}
