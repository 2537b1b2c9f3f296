using Microsoft.Net.Http.Headers;

namespace MutualAid.Server.Web;

/// <summary>Serves the one stylesheet, embedded in the assembly, with a strong ETag so browsers revalidate cheaply.</summary>
public static class Stylesheet
{
    private static readonly Lazy<(byte[] Bytes, string ETag)> Content = new(Load);

    public static IEndpointRouteBuilder MapStylesheet(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Layout.StylesheetPath, (HttpContext http) =>
        {
            var (bytes, etag) = Content.Value;
            http.Response.Headers.CacheControl = "public, max-age=3600";
            http.Response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch == etag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(bytes, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    private static (byte[], string) Load()
    {
        const string name = "MutualAid.Server.Web.Assets.site.css";
        using var stream = typeof(Stylesheet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The stylesheet resource {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
        return (bytes, new EntityTagHeaderValue($"\"{hash}\"").ToString());
    }
}
