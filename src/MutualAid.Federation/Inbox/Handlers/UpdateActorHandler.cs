using MutualAid.Federation.Remote;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>A remote actor's profile changed (or its key rotated): only the actor itself may update itself.</summary>
public sealed class UpdateActorHandler(RemoteActorStore remotes) : IActivityHandler
{
    public string ActivityType => "Update";

    public IReadOnlyList<string> ObjectTypes => ActivityHandlerTable.ActorTypes;

    public async Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ObjectId == context.ActorIri && context.RawObject is { } document)
        {
            var copy = document.DeepClone();
            // The embedded actor inherits the activity's context; give it one so it expands alone.
            if (copy is System.Text.Json.Nodes.JsonObject o && o["@context"] is null && context.Document["@context"] is { } activityContext)
            {
                o["@context"] = activityContext.DeepClone();
            }

            await remotes.StoreAsync(copy, cancellationToken);
        }
    }
}
