namespace MutualAid.Core.Listings.Input;

public sealed class ServiceInput
{
    public ScheduleInput? Schedule { get; init; }

    public bool? WalkInsWelcome { get; init; }
}
