namespace MutualAid.Core.Validation;

/// <summary>The input was invalid; nothing was changed. Carries the field errors.</summary>
public sealed class ValidationFailedException : Exception
{
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base("The input is invalid: " + string.Join("; ", errors.Select(pair => $"{pair.Key}: {string.Join(", ", pair.Value)}")))
    {
        Errors = errors;
    }

    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
