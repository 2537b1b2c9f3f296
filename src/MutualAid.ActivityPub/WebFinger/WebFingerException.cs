namespace MutualAid.ActivityPub.WebFinger;

/// <summary>A WebFinger answer was unusable or failed verification; <see cref="Reason"/> says how.</summary>
public sealed class WebFingerException : Exception
{
    public WebFingerException()
        : this(WebFingerFailure.InvalidDocument, "The WebFinger answer is unusable.")
    {
    }

    public WebFingerException(string message)
        : this(WebFingerFailure.InvalidDocument, message)
    {
    }

    public WebFingerException(string message, Exception innerException)
        : this(WebFingerFailure.InvalidDocument, message, innerException)
    {
    }

    public WebFingerException(WebFingerFailure reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public WebFingerFailure Reason { get; }
}
