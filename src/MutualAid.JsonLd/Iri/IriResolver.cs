using System.Text;

namespace MutualAid.JsonLd.Iri;

/// <summary>
/// RFC 3986 reference resolution (section 5.2) and its inverse for compaction. System.Uri is not
/// used because it normalises (case, default ports, escaping) where JSON-LD must keep text as is.
/// </summary>
internal static class IriResolver
{
    /// <summary>True when the value starts with a scheme, i.e. is an absolute IRI.</summary>
    public static bool IsAbsolute(string value) => IriReference.SchemeLength(value) > 0;

    /// <summary>An absolute IRI without characters RFC 3987 never allows (spaces, controls, &lt;&gt;"{}|\^`).</summary>
    public static bool IsWellFormedAbsolute(string value) =>
        IsAbsolute(value) && value.AsSpan().IndexOfAny(ForbiddenInIri) < 0;

    private static readonly System.Buffers.SearchValues<char> ForbiddenInIri = System.Buffers.SearchValues.Create(
        " <>\"{}|\\^`\t\r\n\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000c\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f");

    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null)
        {
            return reference;
        }

        var r = IriReference.Parse(reference);
        if (r.Scheme is not null)
        {
            return (r with { Path = RemoveDotSegments(r.Path) }).ToString();
        }

        var b = IriReference.Parse(baseIri);
        IriReference t;
        if (r.Authority is not null)
        {
            t = r with { Scheme = b.Scheme, Path = RemoveDotSegments(r.Path) };
        }
        else if (r.Path.Length == 0)
        {
            t = new IriReference(b.Scheme, b.Authority, b.Path, r.Query ?? b.Query, r.Fragment);
        }
        else if (r.Path[0] == '/')
        {
            t = new IriReference(b.Scheme, b.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        }
        else
        {
            t = new IriReference(b.Scheme, b.Authority, RemoveDotSegments(Merge(b, r.Path)), r.Query, r.Fragment);
        }

        return t.ToString();
    }

    /// <summary>The shortest relative reference that resolves against the base to the IRI, or the IRI itself.</summary>
    public static string Relativize(string? baseIri, string iri)
    {
        if (baseIri is null)
        {
            return iri;
        }

        var b = IriReference.Parse(baseIri);
        var t = IriReference.Parse(iri);
        if (!string.Equals(b.Scheme, t.Scheme, StringComparison.Ordinal)
            || !string.Equals(b.Authority, t.Authority, StringComparison.Ordinal))
        {
            return iri;
        }

        string candidate;
        if (t.Path == b.Path && t.Query == b.Query)
        {
            candidate = t.Fragment is null ? string.Empty : "#" + t.Fragment;
        }
        else if (t.Path == b.Path && t.Query is not null)
        {
            candidate = "?" + t.Query + (t.Fragment is null ? string.Empty : "#" + t.Fragment);
        }
        else
        {
            candidate = RelativePath(b.Path, t.Path) + (t.Query is null ? string.Empty : "?" + t.Query)
                + (t.Fragment is null ? string.Empty : "#" + t.Fragment);
        }

        if (candidate.Length == 0)
        {
            candidate = t.Path.EndsWith('/') || t.Path.Length == 0 ? "./" : LastSegment(t.Path);
            if (candidate.Length == 0)
            {
                return iri;
            }
        }

        if (Keywords.LooksLikeKeyword(candidate))
        {
            candidate = "./" + candidate;
        }

        return Resolve(baseIri, candidate) == iri ? candidate : iri;
    }

    private static string RelativePath(string basePath, string path)
    {
        var baseSegments = basePath.Split('/');
        var segments = path.Split('/');
        var baseDirectoryCount = baseSegments.Length - 1;
        var common = 0;
        while (common < baseDirectoryCount && common < segments.Length - 1
            && baseSegments[common] == segments[common])
        {
            common++;
        }

        var sb = new StringBuilder();
        for (var i = common; i < baseDirectoryCount; i++)
        {
            sb.Append("../");
        }

        for (var i = common; i < segments.Length; i++)
        {
            sb.Append(segments[i]);
            if (i < segments.Length - 1)
            {
                sb.Append('/');
            }
        }

        var result = sb.ToString();
        if (result.Length > 0 && (result[0] == '/' || FirstSegmentHasColon(result)))
        {
            result = "./" + result;
        }

        if (result.Length == 0 && common < segments.Length)
        {
            result = "./";
        }

        return result;
    }

    private static bool FirstSegmentHasColon(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && (slash < 0 || colon < slash);
    }

    private static string LastSegment(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Merge(IriReference b, string path)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + path;
        }

        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? path : string.Concat(b.Path.AsSpan(0, slash + 1), path);
    }

    /// <summary>RFC 3986 section 5.2.4.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.Length == 0 || (!path.Contains("./", StringComparison.Ordinal) && !path.EndsWith("/.", StringComparison.Ordinal)
            && !path.EndsWith("/..", StringComparison.Ordinal) && path != "." && path != ".."))
        {
            return path;
        }

        var input = path;
        var output = new List<string>();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input == "/.")
            {
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal))
            {
                input = input[3..];
                RemoveLast(output);
            }
            else if (input == "/..")
            {
                input = "/";
                RemoveLast(output);
            }
            else if (input is "." or "..")
            {
                input = string.Empty;
            }
            else
            {
                var start = input[0] == '/' ? 1 : 0;
                var next = input.IndexOf('/', start);
                if (next < 0)
                {
                    next = input.Length;
                }

                output.Add(input[..next]);
                input = input[next..];
            }
        }

        return string.Concat(output);
    }

    private static void RemoveLast(List<string> output)
    {
        if (output.Count > 0)
        {
            output.RemoveAt(output.Count - 1);
        }
    }
}
