namespace MutualAid.Core.Listings.Details;

/// <summary>A way to reach help: a legal hotline, a medic line, a shelter's front gate.</summary>
public sealed class ContactDetails
{
    public string? Phone { get; set; }

    public string? Signal { get; set; }

    public string? Email { get; set; }

    public string? Url { get; set; }

    public List<string> LanguagesSpoken { get; set; } = [];

    public bool AlwaysOpen { get; set; }

    /// <summary>When not <see cref="AlwaysOpen"/>.</summary>
    public Schedule? Schedule { get; set; }
}
