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

    /// <summary>
    /// An independent copy (snapshots before an edit, views that blank or clean a field). Cloned rather than listed
    /// field by field: three hand-written copies each had to learn about every new field, such as the disbursements.
    /// </summary>
    public ContactDetails Copy()
    {
        var copy = (ContactDetails)MemberwiseClone();
        copy.LanguagesSpoken = [.. LanguagesSpoken];
        copy.Schedule = Schedule?.Copy();
        return copy;
    }
}
