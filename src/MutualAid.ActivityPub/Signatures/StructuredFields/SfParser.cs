using System.Globalization;

namespace MutualAid.ActivityPub.Signatures.StructuredFields;

/// <summary>RFC 8941 section 4.2 parsing of dictionaries, lists, items and their parameters.</summary>
public ref struct SfParser
{
    private readonly ReadOnlySpan<char> input;
    private int position;

    private SfParser(ReadOnlySpan<char> input)
    {
        this.input = input;
        position = 0;
    }

    /// <summary>Parses a dictionary; later duplicate keys overwrite earlier ones, order of first appearance kept.</summary>
    public static List<KeyValuePair<string, SfItem>> ParseDictionary(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new SfParser(text.AsSpan());
        var members = new List<KeyValuePair<string, SfItem>>();
        parser.SkipSpaces();
        while (!parser.AtEnd)
        {
            var key = parser.ReadKey();
            SfItem member;
            if (parser.Peek() == '=')
            {
                parser.position++;
                member = parser.ReadMember();
            }
            else
            {
                member = new SfItem(true, parser.ReadParameters());
            }

            var existing = -1;
            for (var i = 0; i < members.Count; i++)
            {
                if (members[i].Key == key)
                {
                    existing = i;
                    break;
                }
            }

            if (existing >= 0)
            {
                members[existing] = new(key, member);
            }
            else
            {
                members.Add(new(key, member));
            }

            if (!parser.NextMember())
            {
                break;
            }
        }

        return members;
    }

    public static List<SfItem> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new SfParser(text.AsSpan());
        var members = new List<SfItem>();
        parser.SkipSpaces();
        while (!parser.AtEnd)
        {
            members.Add(parser.ReadMember());
            if (!parser.NextMember())
            {
                break;
            }
        }

        return members;
    }

    public static SfItem ParseItem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new SfParser(text.AsSpan());
        parser.SkipSpaces();
        var item = parser.ReadMember();
        parser.SkipSpaces();
        if (!parser.AtEnd)
        {
            throw new StructuredFieldException($"Unexpected '{parser.Peek()}' after the item.");
        }

        return item;
    }

    private readonly bool AtEnd => position >= input.Length;

    private readonly char Peek() => AtEnd ? '\0' : input[position];

    private void SkipSpaces()
    {
        while (!AtEnd && input[position] is ' ' or '\t')
        {
            position++;
        }
    }

    /// <summary>Consumes ", " between members; false at the end of input.</summary>
    private bool NextMember()
    {
        SkipSpaces();
        if (AtEnd)
        {
            return false;
        }

        if (input[position] != ',')
        {
            throw new StructuredFieldException($"Expected ',' between members at position {position}.");
        }

        position++;
        SkipSpaces();
        if (AtEnd)
        {
            throw new StructuredFieldException("Trailing ',' at the end of the field.");
        }

        return true;
    }

    private SfItem ReadMember()
    {
        if (Peek() != '(')
        {
            var value = ReadBareItem();
            return new SfItem(value, ReadParameters());
        }

        position++;
        var items = new List<SfItem>();
        while (true)
        {
            while (!AtEnd && input[position] == ' ')
            {
                position++;
            }

            if (AtEnd)
            {
                throw new StructuredFieldException("Inner list is not closed with ')'.");
            }

            if (input[position] == ')')
            {
                position++;
                break;
            }

            var value = ReadBareItem();
            items.Add(new SfItem(value, ReadParameters()));
            if (!AtEnd && input[position] is not (' ' or ')'))
            {
                throw new StructuredFieldException($"Expected ' ' or ')' in an inner list at position {position}.");
            }
        }

        return new SfItem(null, ReadParameters(), items);
    }

    private IReadOnlyList<KeyValuePair<string, object>> ReadParameters()
    {
        // Most items (every covered component) have no parameters; they share one empty list.
        if (Peek() != ';')
        {
            return [];
        }

        var parameters = new List<KeyValuePair<string, object>>();
        while (Peek() == ';')
        {
            position++;
            SkipSpaces();
            var key = ReadKey();
            object value = true;
            if (Peek() == '=')
            {
                position++;
                value = ReadBareItem();
            }

            var existing = -1;
            for (var i = 0; i < parameters.Count; i++)
            {
                if (parameters[i].Key == key)
                {
                    existing = i;
                    break;
                }
            }

            if (existing >= 0)
            {
                parameters[existing] = new(key, value);
            }
            else
            {
                parameters.Add(new(key, value));
            }
        }

        return parameters;
    }

    private string ReadKey()
    {
        var start = position;
        if (AtEnd || !(char.IsAsciiLetterLower(input[position]) || input[position] == '*'))
        {
            throw new StructuredFieldException($"A key must start with a lower-case letter or '*' (position {position}).");
        }

        while (!AtEnd && (char.IsAsciiLetterLower(input[position]) || char.IsAsciiDigit(input[position]) || input[position] is '_' or '-' or '.' or '*'))
        {
            position++;
        }

        return KnownKey(input[start..position]) ?? input[start..position].ToString();
    }

    /// <summary>The signature parameters and labels every request carries, shared rather than allocated per parse.</summary>
    private static string? KnownKey(ReadOnlySpan<char> key) => key switch
    {
        "keyid" => "keyid",
        "alg" => "alg",
        "created" => "created",
        "expires" => "expires",
        "nonce" => "nonce",
        "tag" => "tag",
        "sig1" => "sig1",
        "sha-256" => "sha-256",
        "sha-512" => "sha-512",
        _ => null,
    };

    private object ReadBareItem()
    {
        var c = Peek();
        if (c == '-' || char.IsAsciiDigit(c))
        {
            return ReadNumber();
        }

        if (c == '"')
        {
            return ReadString();
        }

        if (c == ':')
        {
            var end = input[(position + 1)..].IndexOf(':');
            if (end < 0)
            {
                throw new StructuredFieldException("Byte sequence is not closed with ':'.");
            }

            var base64 = input.Slice(position + 1, end);
            position += end + 2;
            // Decoded straight from the field: a signature's base64 is the longest thing in the header.
            var decoded = new byte[(base64.Length + 3) / 4 * 3];
            if (!Convert.TryFromBase64Chars(base64, decoded, out var written))
            {
                throw new StructuredFieldException("Byte sequence is not valid base64.");
            }

            return written == decoded.Length ? decoded : decoded.AsSpan(0, written).ToArray();
        }

        if (c == '?')
        {
            position++;
            var flag = Peek();
            position++;
            return flag switch
            {
                '1' => true,
                '0' => false,
                _ => throw new StructuredFieldException("A boolean is ?0 or ?1."),
            };
        }

        if (char.IsAsciiLetter(c) || c == '*')
        {
            var start = position;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(input[position]) || "!#$%&'*+-.^_`|~:/".Contains(input[position], StringComparison.Ordinal)))
            {
                position++;
            }

            return new SfToken(input[start..position].ToString());
        }

        throw new StructuredFieldException($"Unexpected '{c}' where a value was expected (position {position}).");
    }

    private object ReadNumber()
    {
        var start = position;
        if (Peek() == '-')
        {
            position++;
        }

        while (!AtEnd && (char.IsAsciiDigit(input[position]) || input[position] == '.'))
        {
            position++;
        }

        var text = input[start..position];
        if (text.Contains('.'))
        {
            return decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        if (text.Length > 16 || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw new StructuredFieldException($"'{text}' is not a structured-field integer.");
        }

        return number;
    }

    private string ReadString()
    {
        position++;
        // Fast path: most strings (key ids, algorithm names) have no escapes.
        var rest = input[position..];
        var end = rest.IndexOfAny('"', '\\');
        if (end >= 0 && rest[end] == '"' && !rest[..end].ContainsAnyExceptInRange(' ', '~'))
        {
            position += end + 1;
            return rest[..end].ToString();
        }

        var builder = new System.Text.StringBuilder();
        while (!AtEnd)
        {
            var c = input[position++];
            if (c == '\\')
            {
                if (AtEnd || input[position] is not ('"' or '\\'))
                {
                    throw new StructuredFieldException("Only \\\" and \\\\ escapes are allowed in a string.");
                }

                builder.Append(input[position++]);
            }
            else if (c == '"')
            {
                return builder.ToString();
            }
            else if (c is < ' ' or > '~')
            {
                throw new StructuredFieldException("A structured-field string holds printable ASCII only.");
            }
            else
            {
                builder.Append(c);
            }
        }

        throw new StructuredFieldException("String is not closed with '\"'.");
    }
}
