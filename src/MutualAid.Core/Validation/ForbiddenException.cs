namespace MutualAid.Core.Validation;

/// <summary>The caller is known but may not do this (e.g. not a member of the collective).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
