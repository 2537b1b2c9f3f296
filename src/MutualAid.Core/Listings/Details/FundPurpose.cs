namespace MutualAid.Core.Listings.Details;

public enum FundPurpose
{
    Strike,
    Bail,
    Rent,
    Medical,
    Disaster,
    Other,
}
