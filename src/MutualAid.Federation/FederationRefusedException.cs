namespace MutualAid.Federation;

/// <summary>An action was refused by the instance's federation policy (a blocked or not-allowed domain).</summary>
public sealed class FederationRefusedException : Exception
{
    public FederationRefusedException()
    {
    }

    public FederationRefusedException(string message)
        : base(message)
    {
    }

    public FederationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
