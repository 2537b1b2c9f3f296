namespace MutualAid.Federation.Inbox;

/// <summary>Picks the handler by activity type and object type (STYLE rule 4); nothing else branches on types.</summary>
public sealed class ActivityHandlerTable(IEnumerable<IActivityHandler> handlers)
{
    private readonly IReadOnlyList<IActivityHandler> _handlers = [.. handlers];

    public IActivityHandler? Find(string activityType, string objectType) =>
        _handlers.FirstOrDefault(h => h.ActivityType == activityType && h.ObjectTypes.Contains(objectType, StringComparer.Ordinal))
        ?? _handlers.FirstOrDefault(h => h.ActivityType == activityType && h.ObjectTypes.Count == 0);

    public static IReadOnlyList<string> ActorTypes { get; } = ["Application", "Group", "Organization", "Person", "Service"];
}
