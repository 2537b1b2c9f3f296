namespace MutualAid.Federation.Inbox;

/// <summary>An activity passed every check but could not be stored: its request must not be answered 202.</summary>
public sealed class InboxStoreException : Exception
{
    public InboxStoreException()
    {
    }

    public InboxStoreException(string message)
        : base(message)
    {
    }

    public InboxStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
