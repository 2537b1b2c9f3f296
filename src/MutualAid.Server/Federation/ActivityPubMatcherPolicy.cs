using Microsoft.AspNetCore.Routing.Matching;

namespace MutualAid.Server.Federation;

/// <summary>Marks an endpoint that answers only ActivityStreams requests on a path a web page also serves.</summary>
internal sealed class ActivityPubOnlyMetadata
{
    public static ActivityPubOnlyMetadata Instance { get; } = new();
}

/// <summary>
/// Content negotiation at routing time: a path such as <c>/@{slug}</c> is both a web page (Web/Pages) and, for
/// fediverse software resolving a pasted URL, a way to the ActivityStreams document (this folder). When both match,
/// a request asking for ActivityStreams gets the ActivityPub endpoint and every other request the page.
/// </summary>
internal sealed class ActivityPubMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<ActivityPubOnlyMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(candidates);
        var wantsActivityPub = ActivityJson.IsWanted(httpContext.Request);
        var hasOther = false;
        var hasActivityPub = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i))
            {
                continue;
            }

            if (candidates[i].Endpoint.Metadata.GetMetadata<ActivityPubOnlyMetadata>() is null)
            {
                hasOther = true;
            }
            else
            {
                hasActivityPub = true;
            }
        }

        if (!hasOther || !hasActivityPub)
        {
            return Task.CompletedTask;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var isActivityPub = candidates[i].Endpoint.Metadata.GetMetadata<ActivityPubOnlyMetadata>() is not null;
            if (isActivityPub != wantsActivityPub)
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
