namespace MutualAid.Core.Listings.Details;

/// <summary>A recurring place-based service: a free clinic, a food distribution, a legal aid desk.</summary>
public sealed class ServiceDetails
{
    public Schedule Schedule { get; set; } = new();

    /// <summary>False when people must book ahead.</summary>
    public bool WalkInsWelcome { get; set; } = true;
}
