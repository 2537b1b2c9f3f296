namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>A remote NodeInfo document was missing or unusable.</summary>
public sealed class NodeInfoException : Exception
{
    public NodeInfoException()
        : this(NodeInfoFailure.InvalidDocument, "The NodeInfo document is unusable.")
    {
    }

    public NodeInfoException(string message)
        : this(NodeInfoFailure.InvalidDocument, message)
    {
    }

    public NodeInfoException(string message, Exception innerException)
        : this(NodeInfoFailure.InvalidDocument, message, innerException)
    {
    }

    public NodeInfoException(NodeInfoFailure reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public NodeInfoFailure Reason { get; }
}
