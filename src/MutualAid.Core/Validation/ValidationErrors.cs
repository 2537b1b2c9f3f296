namespace MutualAid.Core.Validation;

/// <summary>
/// Collects field errors as <c>field -> messages</c>. <see cref="ToDictionary"/> gives the English text (the
/// shape of ValidationProblemDetails); <see cref="ToMessages"/> keeps codes and arguments for translation.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<ValidationMessage>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, ValidationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
    }

    /// <summary>A message without a code (shown as written in every language); prefer <see cref="ValidationMessages"/>.</summary>
    public void Add(string field, string message) => Add(field, ValidationMessage.FreeText(message));

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.Select(m => m.Text).ToArray(), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ValidationMessage[]> ToMessages() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Throws <see cref="ValidationFailedException"/> when any error was added.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new ValidationFailedException(ToMessages());
        }
    }
}
