namespace MutualAid.Core.Listings;

/// <summary>The controlled vocabulary of listing categories; labels live in <see cref="CategoryVocabulary"/>.</summary>
public enum Category
{
    Food,
    Housing,
    Medical,
    Legal,
    Bail,
    Strike,
    Disaster,
    Transport,
    Childcare,
    Savings,
    MentalHealth,
    Education,
    Other,
}
