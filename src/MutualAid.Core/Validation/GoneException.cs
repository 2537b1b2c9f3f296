namespace MutualAid.Core.Validation;

/// <summary>The thing existed and was deleted; a tombstone remains.</summary>
public sealed class GoneException(string message, DateTimeOffset deletedAt) : Exception(message)
{
    public DateTimeOffset DeletedAt { get; } = deletedAt;
}
