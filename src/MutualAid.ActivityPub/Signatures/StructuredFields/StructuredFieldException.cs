namespace MutualAid.ActivityPub.Signatures.StructuredFields;

/// <summary>A header that should be an RFC 8941 structured field is not well-formed.</summary>
public sealed class StructuredFieldException : Exception
{
    public StructuredFieldException()
    {
    }

    public StructuredFieldException(string message)
        : base(message)
    {
    }

    public StructuredFieldException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
