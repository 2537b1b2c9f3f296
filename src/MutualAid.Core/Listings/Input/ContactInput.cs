namespace MutualAid.Core.Listings.Input;

public sealed class ContactInput
{
    public string? Phone { get; init; }

    public string? Signal { get; init; }

    public string? Email { get; init; }

    public string? Url { get; init; }

    public List<string>? LanguagesSpoken { get; init; }

    public bool? AlwaysOpen { get; init; }

    public ScheduleInput? Schedule { get; init; }
}
