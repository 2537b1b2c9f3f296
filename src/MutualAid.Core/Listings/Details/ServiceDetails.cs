namespace MutualAid.Core.Listings.Details;

/// <summary>A recurring place-based service: a free clinic, a food distribution, a legal aid desk.</summary>
public sealed class ServiceDetails
{
    public Schedule Schedule { get; set; } = new();

    /// <summary>False when people must book ahead.</summary>
    public bool WalkInsWelcome { get; set; } = true;

    /// <summary>
    /// An independent copy (snapshots before an edit, views that blank or clean a field). Cloned rather than listed
    /// field by field: three hand-written copies each had to learn about every new field, such as the disbursements.
    /// </summary>
    public ServiceDetails Copy()
    {
        var copy = (ServiceDetails)MemberwiseClone();
        copy.Schedule = Schedule.Copy();
        return copy;
    }
}
