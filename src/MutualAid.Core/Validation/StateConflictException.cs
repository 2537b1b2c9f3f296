namespace MutualAid.Core.Validation;

/// <summary>The thing exists but its state no longer allows the request (e.g. a follow request already answered).</summary>
public sealed class StateConflictException(string message) : Exception(message);
