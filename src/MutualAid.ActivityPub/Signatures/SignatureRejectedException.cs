namespace MutualAid.ActivityPub.Signatures;

/// <summary>
/// Raised inside the verifiers when a check fails; the public API turns it into a
/// <see cref="SignatureVerificationResult"/>, so callers see results, not exceptions.
/// </summary>
public sealed class SignatureRejectedException : Exception
{
    public SignatureRejectedException()
    {
    }

    public SignatureRejectedException(string message)
        : base(message)
    {
    }

    public SignatureRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SignatureRejectedException(SignatureFailure failure, string message)
        : base(message)
    {
        Failure = failure;
    }

    public SignatureFailure Failure { get; } = SignatureFailure.Malformed;
}
