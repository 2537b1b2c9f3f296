namespace MutualAid.JsonLd.Iri;

/// <summary>An IRI split into its RFC 3986 components (section 3); parts absent from the text are null.</summary>
internal readonly record struct IriReference(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
{
    public static IriReference Parse(string value)
    {
        string? scheme = null;
        var pos = 0;
        var schemeEnd = SchemeLength(value);
        if (schemeEnd > 0)
        {
            scheme = value[..schemeEnd];
            pos = schemeEnd + 1;
        }

        string? authority = null;
        if (value.Length - pos >= 2 && value[pos] == '/' && value[pos + 1] == '/')
        {
            var end = IndexOfAny(value, pos + 2, "/?#");
            authority = value[(pos + 2)..end];
            pos = end;
        }

        var pathEnd = IndexOfAny(value, pos, "?#");
        var path = value[pos..pathEnd];
        pos = pathEnd;
        string? query = null;
        if (pos < value.Length && value[pos] == '?')
        {
            var end = IndexOfAny(value, pos + 1, "#");
            query = value[(pos + 1)..end];
            pos = end;
        }

        string? fragment = null;
        if (pos < value.Length && value[pos] == '#')
        {
            fragment = value[(pos + 1)..];
        }

        return new IriReference(scheme, authority, path, query, fragment);
    }

    /// <summary>Length of a leading "scheme:" (without the colon), or 0 when the text has no scheme.</summary>
    public static int SchemeLength(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return 0;
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                return i;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    public override string ToString()
    {
        var length = Path.Length + (Scheme?.Length + 1 ?? 0) + (Authority?.Length + 2 ?? 0)
            + (Query?.Length + 1 ?? 0) + (Fragment?.Length + 1 ?? 0);
        return string.Create(length, this, static (span, iri) =>
        {
            var pos = 0;
            if (iri.Scheme is not null)
            {
                iri.Scheme.AsSpan().CopyTo(span);
                pos += iri.Scheme.Length;
                span[pos++] = ':';
            }

            if (iri.Authority is not null)
            {
                span[pos++] = '/';
                span[pos++] = '/';
                iri.Authority.AsSpan().CopyTo(span[pos..]);
                pos += iri.Authority.Length;
            }

            iri.Path.AsSpan().CopyTo(span[pos..]);
            pos += iri.Path.Length;
            if (iri.Query is not null)
            {
                span[pos++] = '?';
                iri.Query.AsSpan().CopyTo(span[pos..]);
                pos += iri.Query.Length;
            }

            if (iri.Fragment is not null)
            {
                span[pos++] = '#';
                iri.Fragment.AsSpan().CopyTo(span[pos..]);
            }
        });
    }

    private static int IndexOfAny(string value, int start, string chars)
    {
        var i = value.AsSpan(start).IndexOfAny(chars);
        return i < 0 ? value.Length : start + i;
    }
}
