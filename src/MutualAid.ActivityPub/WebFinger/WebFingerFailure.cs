namespace MutualAid.ActivityPub.WebFinger;

/// <summary>Why a WebFinger lookup did not give a usable answer (transport failures are <c>RemoteFetchException</c>s).</summary>
public enum WebFingerFailure
{
    /// <summary>The body is not a JRD (malformed JSON, not an object, empty).</summary>
    InvalidDocument,

    /// <summary>The subject is present but not an <c>acct:</c> handle.</summary>
    InvalidSubject,

    /// <summary>No <c>self</c> link with an ActivityPub media type and an absolute href.</summary>
    NoActorLink,

    /// <summary>The server has no WebFinger endpoint and its host-meta has no usable lrdd template.</summary>
    NoLrddTemplate,

    /// <summary>The handle's WebFinger answer points at a different actor than the one being checked.</summary>
    ActorMismatch,

    /// <summary>The subject redirected to another handle whose own answer names yet another subject.</summary>
    TooManySubjectRedirects,
}
