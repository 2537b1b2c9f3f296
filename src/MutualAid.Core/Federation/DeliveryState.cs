namespace MutualAid.Core.Federation;

public enum DeliveryState
{
    Pending,
    Delivered,

    /// <summary>Retried for the whole retry window, or refused for good (4xx); not tried again.</summary>
    GaveUp,
}
