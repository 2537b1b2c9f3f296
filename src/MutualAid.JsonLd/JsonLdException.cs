namespace MutualAid.JsonLd;

/// <summary>
/// A JSON-LD processing error. <see cref="ErrorCode"/> holds the error code string the
/// JSON-LD 1.1 API spec names (e.g. "invalid term definition"), or one of the few codes
/// this processor adds for its own safety limits (see <see cref="JsonLdErrorCode"/>).
/// </summary>
public class JsonLdException : Exception
{
    public JsonLdException(string errorCode, string message)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    public JsonLdException(string errorCode, string message, Exception? innerException)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
    }

    public JsonLdException()
        : this(JsonLdErrorCode.LoadingDocumentFailed, "JSON-LD processing failed.")
    {
    }

    public JsonLdException(string message)
        : this(JsonLdErrorCode.LoadingDocumentFailed, message)
    {
    }

    public JsonLdException(string message, Exception? innerException)
        : this(JsonLdErrorCode.LoadingDocumentFailed, message, innerException)
    {
    }

    public string ErrorCode { get; }

    internal static JsonLdException Of(string errorCode, string detail) =>
        new(errorCode, $"{errorCode}: {detail}");
}
