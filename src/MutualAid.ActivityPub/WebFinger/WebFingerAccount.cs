namespace MutualAid.ActivityPub.WebFinger;

/// <summary>A resolved WebFinger answer: who the server says the account is, and its actor.</summary>
/// <param name="Subject">The handle named by the answer's subject (may differ from the one asked for, e.g. a bare domain).</param>
/// <param name="ActorId">The href of the ActivityPub <c>self</c> link.</param>
/// <param name="Document">The whole answer, for aliases and other links.</param>
public sealed record WebFingerAccount(AccountHandle Subject, Uri ActorId, JrdDocument Document);
