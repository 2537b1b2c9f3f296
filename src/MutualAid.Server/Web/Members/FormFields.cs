using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Members;

/// <summary>
/// Labelled form controls with their validation messages beside them (linked by aria-describedby), filled
/// from the submitted values so a failed save loses nothing.
/// </summary>
public sealed class FormFields(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string[]> errors)
{
    public string Value(string name) => values.TryGetValue(name, out var value) ? value : "";

    public H Input(string name, string label, string type = "text", bool required = false, string? hint = null, string? extra = null)
    {
        var step = type == "number" ? H.Trusted(" step=\"any\"") : H.Empty;
        return Field(name, label, hint, H.Of($"<input id=\"{Id(name)}\" name=\"{name}\" type=\"{type}\" value=\"{Value(name)}\"{step}{Required(required)}{Invalid(name, hint)}{(extra is null ? H.Empty : H.Trusted(" " + extra))}>"));
    }

    public H TextArea(string name, string label, bool required = false, string? hint = null, int rows = 4) =>
        Field(name, label, hint, H.Of($"<textarea id=\"{Id(name)}\" name=\"{name}\" rows=\"{rows}\"{Required(required)}{Invalid(name, hint)}>{Value(name)}</textarea>"));

    public H Select(string name, string label, IEnumerable<(string Value, string Label)> options, bool required = false, bool allowEmpty = false)
    {
        var selected = Value(name);
        var empty = allowEmpty ? H.Of($"<option value=\"\"></option>") : H.Empty;
        var items = options.Select(o => H.Of($"<option value=\"{o.Value}\"{(o.Value == selected ? H.Trusted(" selected") : H.Empty)}>{o.Label}</option>"));
        return Field(name, label, null, H.Of($"<select id=\"{Id(name)}\" name=\"{name}\"{Required(required)}{Invalid(name, null)}>{empty}{items}</select>"));
    }

    public H Checkbox(string name, string label)
    {
        var on = Value(name) is "true" or "on";
        return H.Of($"""
            <div class="field check"><input id="{Id(name)}" name="{name}" type="checkbox" value="true"{(on ? H.Trusted(" checked") : H.Empty)}{Invalid(name, null)}><label for="{Id(name)}">{label}</label>{Error(name)}</div>
            """);
    }

    public H Checkboxes(string name, string legend, IEnumerable<(string Value, string Label)> options)
    {
        var chosen = Value(name).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var boxes = options.Select(o => H.Of($"""
            <span class="check"><input id="{Id(name)}-{o.Value}" name="{name}" type="checkbox" value="{o.Value}"{(chosen.Contains(o.Value) ? H.Trusted(" checked") : H.Empty)}><label for="{Id(name)}-{o.Value}">{o.Label}</label></span>
            """));
        return H.Of($"<fieldset class=\"field\"><legend>{legend}</legend><div class=\"checks\">{boxes}</div>{Error(name)}</fieldset>");
    }

    /// <summary>Errors for fields the form does not show (e.g. a whole schedule), so none is ever hidden.</summary>
    public H Summary(string heading)
    {
        if (errors.Count == 0)
        {
            return H.Empty;
        }

        var items = errors.SelectMany(pair => pair.Value.Select(message => H.Of($"<li><a href=\"#{Id(pair.Key)}\">{pair.Key}</a>: {message}</li>")));
        return H.Of($"<div class=\"notice error-summary\" role=\"alert\" tabindex=\"-1\"><h2>{heading}</h2><ul>{items}</ul></div>");
    }

    public H Error(string name)
    {
        var messages = errors.Where(pair => pair.Key == name || pair.Key.StartsWith(name + ".", StringComparison.Ordinal) || pair.Key.StartsWith(name + "[", StringComparison.Ordinal))
            .SelectMany(pair => pair.Value).ToList();
        return messages.Count == 0 ? H.Empty : H.Of($"<p class=\"error\" id=\"{Id(name)}-error\">{string.Join(" ", messages)}</p>");
    }

    /// <summary>Errors for exactly this key (a group such as a whole schedule), not its sub-fields.</summary>
    public H GroupError(string name) =>
        errors.TryGetValue(name, out var messages) ? H.Of($"<p class=\"error\" id=\"{Id(name)}-error\">{string.Join(" ", messages)}</p>") : H.Empty;

    public static string Id(string name) => "f-" + name.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal);

    private H Field(string name, string label, string? hint, H control) => H.Of($"""
        <div class="field"><label for="{Id(name)}">{label}</label>{(hint is null ? H.Empty : H.Of($"<p class=\"hint\" id=\"{Id(name)}-hint\">{hint}</p>"))}{control}{Error(name)}</div>
        """);

    private static H Required(bool required) => required ? H.Trusted(" required") : H.Empty;

    private H Invalid(string name, string? hint)
    {
        var hasError = errors.Keys.Any(k => k == name || k.StartsWith(name + ".", StringComparison.Ordinal));
        var described = string.Join(' ', new[] { hint is null ? null : Id(name) + "-hint", hasError ? Id(name) + "-error" : null }.OfType<string>());
        return H.Of($"{(hasError ? H.Trusted(" aria-invalid=\"true\"") : H.Empty)}{(described.Length == 0 ? H.Empty : H.Of($" aria-describedby=\"{described}\""))}");
    }
}
