using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace MutualAid.Server.Web.Html;

/// <summary>
/// A fragment of HTML that is safe to emit as is. The only ways to make one are <see cref="Of"/> (an
/// interpolated string whose holes are encoded unless they are themselves <see cref="Html"/>) and
/// <see cref="Trusted"/> (for markup already sanitized), so page code is escaped by construction.
/// </summary>
public readonly struct Html : IEquatable<Html>
{
    /// <summary>Encodes text for element content and quoted attribute values, leaving non-ASCII letters readable.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string? _value;

    private Html(string value) => _value = value;

    public static Html Empty => default;

    public bool IsEmpty => string.IsNullOrEmpty(_value);

    /// <summary>Builds HTML from an interpolated string; every hole is HTML-encoded unless it is <see cref="Html"/>.</summary>
    public static Html Of(HtmlInterpolation html) => new(html.ToStringAndClear());

    /// <summary>Plain text, encoded.</summary>
    public static Html Text(string? text) => new(text is null ? "" : Encoder.Encode(text));

    /// <summary>Markup that is already safe: sanitized listing bodies and the server's own constants.</summary>
    public static Html Trusted(string? html) => new(html ?? "");

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p._value)));

    public static Html When(bool condition, HtmlInterpolation html) => condition ? Of(html) : Empty;

    public override string ToString() => _value ?? "";

    public bool Equals(Html other) => string.Equals(_value ?? "", other._value ?? "", StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Html other && Equals(other);

    public override int GetHashCode() => (_value ?? "").GetHashCode(StringComparison.Ordinal);

    public static bool operator ==(Html left, Html right) => left.Equals(right);

    public static bool operator !=(Html left, Html right) => !left.Equals(right);
}
