namespace MutualAid.Core.Listings.Details;

public enum Urgency
{
    Low,
    Medium,
    High,
    Critical,
}
