using Microsoft.Extensions.Options;
using MutualAid.Federation;
using MutualAid.Federation.Policy;

namespace MutualAid.Server.Federation;

/// <summary>
/// Authorized fetch (Mastodon's secure mode), when switched on: objects and collections are served only to
/// requests signed by an actor of an allowed server, so a blocked server cannot read them anonymously.
/// Actor documents stay public: verifying anyone's signature starts with fetching their key.
/// </summary>
internal sealed class AuthorizedFetchFilter(IOptions<FederationOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!options.Value.AuthorizedFetch)
        {
            return await next(context);
        }

        var http = context.HttpContext;
        var services = http.RequestServices;
        var result = await services.GetRequiredService<HttpSignatureVerifierFactory>().VerifyAsync(http, http.RequestAborted);
        var policy = services.GetRequiredService<DomainPolicy>();
        if (result.KeyId is { } keyId && !await policy.AllowsAsync(keyId, http.RequestAborted))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!result.IsValid || result.OwnerId is not { } owner)
        {
            return Results.Text("Authorized fetch: sign the request (" + result.Failure + ").", "text/plain", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!await policy.AllowsAsync(owner, http.RequestAborted))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }
}
