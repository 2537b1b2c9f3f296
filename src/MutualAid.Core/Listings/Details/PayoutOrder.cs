namespace MutualAid.Core.Listings.Details;

/// <summary>How a savings circle decides who receives the pot each cycle.</summary>
public enum PayoutOrder
{
    /// <summary>An order agreed when the circle forms.</summary>
    Fixed,

    /// <summary>Drawn by lot each cycle.</summary>
    Lottery,

    /// <summary>Members bid (a discount) to receive the pot early.</summary>
    Bidding,
}
