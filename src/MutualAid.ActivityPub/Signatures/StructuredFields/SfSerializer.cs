using System.Globalization;
using System.Text;

namespace MutualAid.ActivityPub.Signatures.StructuredFields;

/// <summary>RFC 8941 section 4.1 serialization of the parts signatures use.</summary>
public static class SfSerializer
{
    public static void WriteMember(StringBuilder builder, SfItem item)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(item);
        if (item.InnerList is { } list)
        {
            builder.Append('(');
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(' ');
                }

                WriteMember(builder, list[i]);
            }

            builder.Append(')');
        }
        else
        {
            WriteBareItem(builder, item.Value!);
        }

        WriteParameters(builder, item.Parameters);
    }

    public static void WriteParameters(StringBuilder builder, IReadOnlyList<KeyValuePair<string, object>> parameters)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var (key, value) in parameters)
        {
            builder.Append(';').Append(key);
            if (value is not true)
            {
                builder.Append('=');
                WriteBareItem(builder, value);
            }
        }
    }

    public static void WriteBareItem(StringBuilder builder, object value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (value)
        {
            case long or int:
                builder.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case decimal d:
                var rounded = Math.Round(d, 3, MidpointRounding.ToEven);
                var text = rounded.ToString("0.0##", CultureInfo.InvariantCulture);
                builder.Append(text);
                break;
            case string s:
                builder.Append('"');
                foreach (var c in s)
                {
                    if (c is < ' ' or > '~')
                    {
                        throw new StructuredFieldException("A structured-field string holds printable ASCII only.");
                    }

                    if (c is '"' or '\\')
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                }

                builder.Append('"');
                break;
            case SfToken token:
                builder.Append(token.Value);
                break;
            case byte[] bytes:
                builder.Append(':').Append(Convert.ToBase64String(bytes)).Append(':');
                break;
            case bool b:
                builder.Append(b ? "?1" : "?0");
                break;
            default:
                throw new StructuredFieldException($"{value?.GetType().Name ?? "null"} is not a structured-field value.");
        }
    }
}
