using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace MutualAid.Server.Web.Html;

/// <summary>The interpolated-string handler behind <see cref="Html.Of"/>: literals pass through, holes are encoded.</summary>
[InterpolatedStringHandler]
public struct HtmlInterpolation
{
    private StringBuilder? _builder;

    public HtmlInterpolation(int literalLength, int formattedCount)
    {
        _builder = new StringBuilder(literalLength + (formattedCount * 16));
    }

    public readonly void AppendLiteral(string value) => _builder!.Append(value);

    public readonly void AppendFormatted(Html value) => _builder!.Append(value.ToString());

    public readonly void AppendFormatted(IEnumerable<Html> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            _builder!.Append(value.ToString());
        }
    }

    public readonly void AppendFormatted(string? value)
    {
        if (value is not null)
        {
            Html.Encoder.Encode(new StringWriter(_builder!, CultureInfo.InvariantCulture), value);
        }
    }

    public readonly void AppendFormatted<T>(T value)
    {
        // A List<Html> binds here rather than to the IEnumerable<Html> overload; it is markup, not text.
        if (value is IEnumerable<Html> fragments)
        {
            AppendFormatted(fragments);
            return;
        }

        var text = value is IFormattable formattable ? formattable.ToString(null, CultureInfo.CurrentCulture) : value?.ToString();
        AppendFormatted(text);
    }

    public readonly void AppendFormatted<T>(T value, string? format)
        where T : IFormattable
    {
        AppendFormatted(value.ToString(format, CultureInfo.CurrentCulture));
    }

    internal string ToStringAndClear()
    {
        var text = _builder?.ToString() ?? "";
        _builder = null;
        return text;
    }
}
