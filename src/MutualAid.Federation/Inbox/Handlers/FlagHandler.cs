using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Inbox.Handlers;

/// <summary>A report from another server about our actors or listings, kept for the collective's admins.</summary>
public sealed class FlagHandler(MutualAidDbContext db, FederationUris uris, TimeProvider time) : IActivityHandler
{
    public string ActivityType => "Flag";

    public IReadOnlyList<string> ObjectTypes => [];

    public async Task HandleAsync(InboxContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var objects = context.Activity.Ids(Expanded.As + "object").Where(uris.IsLocal).ToList();
        if (objects.Count == 0 || await db.Set<FederatedReport>().AnyAsync(r => r.ActivityIri == context.Item.ActivityIri, cancellationToken))
        {
            return;
        }

        var comment = context.Activity.LanguageString(Expanded.As + "content").Text ?? "";
        db.Set<FederatedReport>().Add(new FederatedReport
        {
            ActivityIri = context.Item.ActivityIri,
            ReporterIri = context.ActorIri,
            TargetActorIri = objects.FirstOrDefault(o => uris.UsernameOf(o) is not null),
            ObjectIris = string.Join('\n', objects),
            Comment = comment.Length > 5000 ? comment[..5000] : comment,
            ReceivedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
