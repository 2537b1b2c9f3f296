using MutualAid.ActivityPub.Digests;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures.Cavage;
using MutualAid.ActivityPub.Signatures.Rfc9421;

namespace MutualAid.ActivityPub.Signatures;

/// <summary>
/// The one place incoming HTTP signatures are judged, for every endpoint: picks the scheme (RFC 9421 when
/// Signature-Input is present, else draft-cavage), demands the components our policy requires, checks the
/// clock window and the body digest, resolves the key (refetching once after a failure on a cached key)
/// and checks the signature. The result names the key's owner; the caller then demands it equals the
/// activity's actor with <see cref="SignatureVerificationResult.RequireOwner"/>.
/// </summary>
public sealed class HttpSignatureVerifier(IPublicKeyResolver resolver, TimeProvider time, HttpSignatureVerifierOptions? options = null)
{
    private readonly HttpSignatureVerifierOptions options = options ?? new HttpSignatureVerifierOptions();

    public async ValueTask<SignatureVerificationResult> VerifyAsync(HttpMessageParts message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            CheckHost(message);
            if (message.Header("Signature-Input") is not null)
            {
                return options.AcceptRfc9421
                    ? await VerifyRfc9421Async(message, cancellationToken).ConfigureAwait(false)
                    : SignatureVerificationResult.Invalid(SignatureFailure.UnknownAlgorithm, "RFC 9421 signatures are turned off by configuration.");
            }

            var cavage = CavageSignature.ReadFrom(message);
            if (cavage is null)
            {
                return SignatureVerificationResult.Invalid(SignatureFailure.NotSigned, "The request carries no Signature, Signature-Input or Authorization: Signature header.");
            }

            return options.AcceptCavage
                ? await VerifyCavageAsync(message, cavage, cancellationToken).ConfigureAwait(false)
                : SignatureVerificationResult.Invalid(SignatureFailure.UnknownAlgorithm, "draft-cavage signatures are turned off by configuration.");
        }
        catch (SignatureRejectedException e)
        {
            return SignatureVerificationResult.Invalid(e.Failure, e.Message);
        }
    }

    private async ValueTask<SignatureVerificationResult> VerifyCavageAsync(HttpMessageParts message, CavageSignature signature, CancellationToken cancellationToken)
    {
        try
        {
            Require(signature.Covers("(request-target)"), "(request-target)", "method and path");
            Require(signature.Covers("host"), "host", "authority");
            Require(signature.Covers("date") || signature.Covers("(created)"), "date or (created)", "signing time");
            CheckBodyDigest(message, signature.Covers("digest"), signature.Covers("content-digest"));
            CheckClock(signature.Covers("date") ? message.Header("Date") : null, signature.Covers("(created)") ? signature.Created : null, signature.Expires);

            var resolved = await ResolveAsync(signature.KeyId, refresh: false, cancellationToken).ConfigureAwait(false);
            if (CavageMatches(message, signature, resolved.Key))
            {
                return SignatureVerificationResult.Valid(resolved.KeyId, resolved.OwnerId, SignatureScheme.Cavage);
            }

            if (resolved.FromCache)
            {
                resolved = await ResolveAsync(signature.KeyId, refresh: true, cancellationToken).ConfigureAwait(false);
                if (CavageMatches(message, signature, resolved.Key))
                {
                    return SignatureVerificationResult.Valid(resolved.KeyId, resolved.OwnerId, SignatureScheme.Cavage);
                }
            }

            return SignatureVerificationResult.Invalid(SignatureFailure.BadSignature, $"The cavage signature by {signature.KeyId} does not match the request.", signature.KeyId, SignatureScheme.Cavage);
        }
        catch (SignatureRejectedException e)
        {
            return SignatureVerificationResult.Invalid(e.Failure, e.Message, signature.KeyId, SignatureScheme.Cavage);
        }
    }

    private bool CavageMatches(HttpMessageParts message, CavageSignature signature, PublicKeyMaterial key)
    {
        CheckKeyStrength(key, signature.KeyId);
        if (CavageVerifier.Verify(message, signature, key))
        {
            return true;
        }

        // GoToSocial signs (request-target) with and without the query string depending on version.
        var target = message.RequestTarget;
        var query = target.IndexOf('?', StringComparison.Ordinal);
        return query >= 0 && CavageVerifier.Verify(message, signature, key, target[..query]);
    }

    private async ValueTask<SignatureVerificationResult> VerifyRfc9421Async(HttpMessageParts message, CancellationToken cancellationToken)
    {
        var signatures = Rfc9421Signature.ReadAll(message);
        SignatureVerificationResult? firstFailure = null;
        // A message may carry several signatures (a proxy's and the origin's); one that passes is enough.
        foreach (var signature in signatures)
        {
            var result = await VerifyOneRfc9421Async(message, signature, cancellationToken).ConfigureAwait(false);
            if (result.IsValid)
            {
                return result;
            }

            firstFailure ??= result;
        }

        return firstFailure ?? SignatureVerificationResult.Invalid(SignatureFailure.NotSigned, "Signature-Input lists no signature.");
    }

    private async ValueTask<SignatureVerificationResult> VerifyOneRfc9421Async(HttpMessageParts message, Rfc9421Signature signature, CancellationToken cancellationToken)
    {
        try
        {
            if (signature.KeyId is null)
            {
                throw new SignatureRejectedException(SignatureFailure.Malformed, $"Signature '{signature.Label}' has no keyid parameter.");
            }

            Require(signature.Covers("@method"), "@method", "method");
            Require(signature.Covers("@target-uri") || signature.Covers("@request-target") || signature.Covers("@path"), "@target-uri", "target");
            Require(signature.Covers("@target-uri") || signature.Covers("@authority") || signature.Covers("host"), "@authority", "authority");
            Require(signature.Created is not null || signature.Covers("date"), "created or date", "signing time");
            CheckBodyDigest(message, signature.Covers("digest"), signature.Covers("content-digest"));
            CheckClock(signature.Covers("date") ? message.Header("Date") : null, signature.Created, signature.Expires);

            var resolved = await ResolveAsync(signature.KeyId, refresh: false, cancellationToken).ConfigureAwait(false);
            if (Rfc9421Matches(message, signature, resolved.Key))
            {
                return SignatureVerificationResult.Valid(resolved.KeyId, resolved.OwnerId, SignatureScheme.Rfc9421);
            }

            if (resolved.FromCache)
            {
                resolved = await ResolveAsync(signature.KeyId, refresh: true, cancellationToken).ConfigureAwait(false);
                if (Rfc9421Matches(message, signature, resolved.Key))
                {
                    return SignatureVerificationResult.Valid(resolved.KeyId, resolved.OwnerId, SignatureScheme.Rfc9421);
                }
            }

            return SignatureVerificationResult.Invalid(SignatureFailure.BadSignature, $"RFC 9421 signature '{signature.Label}' by {signature.KeyId} does not match the request.", signature.KeyId, SignatureScheme.Rfc9421);
        }
        catch (SignatureRejectedException e)
        {
            return SignatureVerificationResult.Invalid(e.Failure, e.Message, signature.KeyId, SignatureScheme.Rfc9421);
        }
    }

    private bool Rfc9421Matches(HttpMessageParts message, Rfc9421Signature signature, PublicKeyMaterial key)
    {
        CheckKeyStrength(key, signature.KeyId!);
        return Rfc9421Verifier.Verify(message, signature, key);
    }

    private void CheckHost(HttpMessageParts message)
    {
        if (options.AcceptedHosts.Count == 0 || message.TargetUri is null)
        {
            return;
        }

        var authority = message.TargetUri.Authority;
        var host = message.Header("Host") ?? authority;
        foreach (var candidate in new[] { authority, host })
        {
            if (!options.AcceptedHosts.Contains(candidate, StringComparer.OrdinalIgnoreCase))
            {
                throw new SignatureRejectedException(SignatureFailure.WrongHost, $"The request is addressed to {candidate}, which this server does not answer for.");
            }
        }
    }

    private async ValueTask<ResolvedPublicKey> ResolveAsync(string keyId, bool refresh, CancellationToken cancellationToken) =>
        await resolver.ResolveAsync(keyId, refresh, cancellationToken).ConfigureAwait(false)
        ?? throw new SignatureRejectedException(SignatureFailure.KeyNotFound, $"Key {keyId} could not be found.");

    private void CheckKeyStrength(PublicKeyMaterial key, string keyId)
    {
        if (key.Type == KeyType.Rsa && key.RsaKeySize < options.MinimumRsaKeySize)
        {
            throw new SignatureRejectedException(SignatureFailure.WeakKey, $"Key {keyId} is {key.RsaKeySize}-bit RSA; at least {options.MinimumRsaKeySize} bits are required.");
        }

        if (key.Type == KeyType.HmacSecret)
        {
            throw new SignatureRejectedException(SignatureFailure.UnknownAlgorithm, $"Key {keyId} is a shared secret; federation accepts public keys only.");
        }
    }

    private static void Require(bool covered, string component, string what)
    {
        if (!covered)
        {
            throw new SignatureRejectedException(SignatureFailure.MissingRequiredComponent, $"The signature must cover {component} (the request's {what}).");
        }
    }

    /// <summary>A body is authenticated only through a covered digest header that matches it.</summary>
    private static void CheckBodyDigest(HttpMessageParts message, bool digestCovered, bool contentDigestCovered)
    {
        if (message.Body.IsEmpty)
        {
            return;
        }

        if (!digestCovered && !contentDigestCovered)
        {
            throw new SignatureRejectedException(SignatureFailure.DigestMissing, "The request has a body but the signature covers no Digest or Content-Digest header.");
        }

        var digest = digestCovered ? BodyDigest.CheckDigest(message.Header(BodyDigest.DigestHeader), message.Body.Span) : DigestCheck.Missing;
        var contentDigest = contentDigestCovered ? BodyDigest.CheckContentDigest(message.Header(BodyDigest.ContentDigestHeader), message.Body.Span) : DigestCheck.Missing;
        if (digest == DigestCheck.Mismatch || contentDigest == DigestCheck.Mismatch)
        {
            var header = digest == DigestCheck.Mismatch ? BodyDigest.DigestHeader : BodyDigest.ContentDigestHeader;
            throw new SignatureRejectedException(SignatureFailure.DigestMismatch, $"The {header} header does not match the body.");
        }

        if (digest != DigestCheck.Match && contentDigest != DigestCheck.Match)
        {
            throw new SignatureRejectedException(SignatureFailure.DigestMissing, "The signed digest header is absent or names no SHA-256/SHA-512 digest of the body.");
        }
    }

    private void CheckClock(string? date, long? created, long? expires)
    {
        var now = time.GetUtcNow();
        if (date is not null)
        {
            if (!DateTimeOffset.TryParseExact(date, "r", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var sent))
            {
                throw new SignatureRejectedException(SignatureFailure.Malformed, $"Date '{date}' is not an HTTP date.");
            }

            CheckWindow("Date", sent, now);
        }

        if (created is { } createdSeconds)
        {
            CheckWindow("created", DateTimeOffset.FromUnixTimeSeconds(createdSeconds), now);
        }

        if (expires is { } expiresSeconds && DateTimeOffset.FromUnixTimeSeconds(expiresSeconds) < now)
        {
            throw new SignatureRejectedException(SignatureFailure.Expired, $"The signature expired at {DateTimeOffset.FromUnixTimeSeconds(expiresSeconds):O}; it is now {now:O}.");
        }
    }

    private void CheckWindow(string what, DateTimeOffset when, DateTimeOffset now)
    {
        if (when > now + options.MaxFutureSkew)
        {
            throw new SignatureRejectedException(SignatureFailure.TooFarInFuture, $"{what} {when:O} is more than {options.MaxFutureSkew} ahead of now ({now:O}).");
        }

        if (when < now - options.MaxAge)
        {
            throw new SignatureRejectedException(SignatureFailure.TooOld, $"{what} {when:O} is more than {options.MaxAge} before now ({now:O}).");
        }
    }
}
