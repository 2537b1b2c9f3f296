namespace MutualAid.ActivityPub.Signatures;

/// <summary>Why a signed message or object was refused. Each has its own message in the result.</summary>
public enum SignatureFailure
{
    None,
    /// <summary>No Signature, Signature-Input or Authorization: Signature header.</summary>
    NotSigned,
    /// <summary>A signature header that could not be parsed.</summary>
    Malformed,
    /// <summary>The signature's expires time has passed.</summary>
    Expired,
    /// <summary>Date or created lies further in the future than the clock window allows.</summary>
    TooFarInFuture,
    /// <summary>Date or created lies further in the past than the clock window allows.</summary>
    TooOld,
    DigestMismatch,
    /// <summary>A body came without a digest, or its digest header is not covered by the signature.</summary>
    DigestMissing,
    /// <summary>A component the policy requires (method/target, host/authority, date/created) is not covered or absent.</summary>
    MissingRequiredComponent,
    UnknownAlgorithm,
    /// <summary>The key is of a type or size the policy refuses (e.g. RSA below the minimum).</summary>
    WeakKey,
    BadSignature,
    KeyNotFound,
    /// <summary>The key belongs to another actor than the one the activity claims.</summary>
    KeyOwnerMismatch,
    /// <summary>The request is addressed to a host this server does not answer for (a replay from elsewhere).</summary>
    WrongHost,
    /// <summary>An object integrity proof does not match the document (or is not a proof we can check).</summary>
    TamperedProof,
}
