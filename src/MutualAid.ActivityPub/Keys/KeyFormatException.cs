namespace MutualAid.ActivityPub.Keys;

/// <summary>A key (PEM, Multikey, JWK) could not be read.</summary>
public sealed class KeyFormatException : Exception
{
    public KeyFormatException()
    {
    }

    public KeyFormatException(string message)
        : base(message)
    {
    }

    public KeyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
