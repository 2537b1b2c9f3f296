namespace MutualAid.Core.Validation;

/// <summary>Something with the same unique key already exists.</summary>
public sealed class DuplicateException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
