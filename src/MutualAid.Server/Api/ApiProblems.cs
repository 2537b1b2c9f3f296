using Microsoft.AspNetCore.Http.Json;
using MutualAid.Core.Serialization;

namespace MutualAid.Server.Api;

public static class ApiProblems
{
    /// <summary>
    /// Every error answers application/problem+json: domain exceptions and malformed JSON go through
    /// <see cref="ApiExceptionHandler"/>, bare status codes (401, 403, 404, 405) through status code pages.
    /// </summary>
    public static WebApplicationBuilder AddApiProblems(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<JsonOptions>(options => MutualAidJson.Configure(options.SerializerOptions));
        // Make minimal APIs throw on bad input instead of answering an empty 400, so we can explain it.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        return builder;
    }

    public static WebApplication UseApiProblems(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
