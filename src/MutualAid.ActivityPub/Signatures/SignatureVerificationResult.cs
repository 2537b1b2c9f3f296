namespace MutualAid.ActivityPub.Signatures;

/// <summary>
/// The outcome of verifying a message or object: on success the key id and the actor that owns it
/// (compare it with the activity's actor via <see cref="RequireOwner"/>); on failure a reason and a message
/// fit for a log line or a 401 body.
/// </summary>
public sealed record SignatureVerificationResult
{
    private SignatureVerificationResult(SignatureFailure failure, string message, string? keyId, string? ownerId, SignatureScheme? scheme)
    {
        Failure = failure;
        Message = message;
        KeyId = keyId;
        OwnerId = ownerId;
        Scheme = scheme;
    }

    public bool IsValid => Failure == SignatureFailure.None;

    public SignatureFailure Failure { get; }

    public string Message { get; }

    /// <summary>The key id (cavage keyId, RFC 9421 keyid, proof verificationMethod) that was checked.</summary>
    public string? KeyId { get; }

    /// <summary>The actor that owns <see cref="KeyId"/>, as the key resolver reported it.</summary>
    public string? OwnerId { get; }

    /// <summary>Null for object proofs.</summary>
    public SignatureScheme? Scheme { get; }

    public static SignatureVerificationResult Valid(string keyId, string ownerId, SignatureScheme? scheme) =>
        new(SignatureFailure.None, $"Signature by {keyId} (owner {ownerId}) is valid.", keyId, ownerId, scheme);

    public static SignatureVerificationResult Invalid(SignatureFailure failure, string message, string? keyId = null, SignatureScheme? scheme = null) =>
        failure == SignatureFailure.None
            ? throw new ArgumentException("A failure needs a reason.", nameof(failure))
            : new(failure, message, keyId, null, scheme);

    /// <summary>
    /// Fails with <see cref="SignatureFailure.KeyOwnerMismatch"/> unless the key belongs to <paramref name="actorId"/>
    /// (the activity's actor, or the object's attributedTo); a failed result stays as it is.
    /// </summary>
    public SignatureVerificationResult RequireOwner(string actorId)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        if (!IsValid || string.Equals(OwnerId, actorId, StringComparison.Ordinal))
        {
            return this;
        }

        return new(SignatureFailure.KeyOwnerMismatch, $"Key {KeyId} belongs to {OwnerId}, not to the activity's actor {actorId}.", KeyId, OwnerId, Scheme);
    }

    public override string ToString() => $"{Failure}: {Message}";
}
