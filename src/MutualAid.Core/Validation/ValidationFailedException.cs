namespace MutualAid.Core.Validation;

/// <summary>
/// The input was invalid; nothing was changed. Carries the field errors: <see cref="Errors"/> as English
/// text, <see cref="Messages"/> with their codes and arguments (for pages in the reader's language).
/// </summary>
public sealed class ValidationFailedException : Exception
{
    public ValidationFailedException(IReadOnlyDictionary<string, ValidationMessage[]> messages)
        : base("The input is invalid: " + string.Join("; ", messages.Select(pair => $"{pair.Key}: {string.Join(", ", pair.Value.Select(m => m.Text))}")))
    {
        Messages = messages;
        Errors = messages.ToDictionary(pair => pair.Key, pair => pair.Value.Select(m => m.Text).ToArray(), StringComparer.Ordinal);
    }

    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : this(errors.ToDictionary(pair => pair.Key, pair => pair.Value.Select(ValidationMessage.FreeText).ToArray(), StringComparer.Ordinal))
    {
    }

    public ValidationFailedException(string field, ValidationMessage message)
        : this(new Dictionary<string, ValidationMessage[]> { [field] = [message] })
    {
    }

    public ValidationFailedException(string field, string message)
        : this(field, ValidationMessage.FreeText(message))
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public IReadOnlyDictionary<string, ValidationMessage[]> Messages { get; }
}
