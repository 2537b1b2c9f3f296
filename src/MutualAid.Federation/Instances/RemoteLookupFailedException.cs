namespace MutualAid.Federation.Instances;

/// <summary>A remote collective could not be looked up or fetched (WebFinger or its actor document failed).</summary>
public sealed class RemoteLookupFailedException : Exception
{
    public RemoteLookupFailedException()
    {
    }

    public RemoteLookupFailedException(string message)
        : base(message)
    {
    }

    public RemoteLookupFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
