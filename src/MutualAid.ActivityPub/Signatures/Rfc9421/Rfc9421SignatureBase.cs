using System.Text;
using MutualAid.ActivityPub.Signatures.StructuredFields;

namespace MutualAid.ActivityPub.Signatures.Rfc9421;

/// <summary>Builds the RFC 9421 section 2.5 signature base of a message for a Signature-Input member.</summary>
public static class Rfc9421SignatureBase
{
    /// <exception cref="SignatureRejectedException">A covered component is absent or not supported.</exception>
    public static string Build(HttpMessageParts message, SfItem signatureParams)
    {
        var builder = new StringBuilder(512);
        Write(builder, message, signatureParams);
        return builder.ToString();
    }

    /// <summary>Appends the signature base to <paramref name="builder"/>; the verifier passes a reused builder so no string is allocated per request.</summary>
    public static void Write(StringBuilder builder, HttpMessageParts message, SfItem signatureParams)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(signatureParams);
        var components = signatureParams.InnerList ?? throw new ArgumentException("Signature parameters must be an inner list.", nameof(signatureParams));
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            if (component.Value is not string name || HasUpperCase(name))
            {
                throw new SignatureRejectedException(SignatureFailure.Malformed, "Component identifiers are lower-case strings.");
            }

            if (name == "@signature-params")
            {
                throw new SignatureRejectedException(SignatureFailure.Malformed, "@signature-params cannot be a covered component.");
            }

            for (var j = 0; j < i; j++)
            {
                if (SameComponent(components[j], component))
                {
                    throw new SignatureRejectedException(SignatureFailure.Malformed, $"Component {component.Serialize()} is listed twice.");
                }
            }

            if (component.Parameters.Count == 0 && !name.StartsWith('@'))
            {
                // The common case (a plain header) is written without intermediate strings.
                builder.Append('"').Append(name).Append("\": ").Append(message.Header(name) ?? throw Missing(name)).Append('\n');
                continue;
            }

            if (component.Parameters.Count == 0 && TryWriteRequestComponent(builder, message, name))
            {
                continue;
            }

            foreach (var value in ComponentValues(message, name, component))
            {
                SfSerializer.WriteMember(builder, component);
                builder.Append(": ").Append(value).Append('\n');
            }
        }

        builder.Append("\"@signature-params\": ");
        SfSerializer.WriteMember(builder, signatureParams);
    }

    /// <summary>
    /// The derived components every ActivityPub signature covers, written straight into the base; the
    /// same values <see cref="DerivedComponent"/> gives. False for the rest (and for responses).
    /// </summary>
    private static bool TryWriteRequestComponent(StringBuilder builder, HttpMessageParts message, string name)
    {
        if (message.TargetUri is not { } uri)
        {
            return false;
        }

        switch (name)
        {
            case "@method":
                builder.Append("\"@method\": ").Append(message.Method).Append('\n');
                return true;
            case "@target-uri":
                builder.Append("\"@target-uri\": ").Append(message.TargetUriText).Append('\n');
                return true;
            case "@authority":
                builder.Append("\"@authority\": ");
                foreach (var c in uri.Authority)
                {
                    builder.Append(char.ToLowerInvariant(c));
                }

                builder.Append('\n');
                return true;
            case "@path":
                builder.Append("\"@path\": ").Append(message.Path).Append('\n');
                return true;
            case "@request-target":
                builder.Append("\"@request-target\": ").Append(message.Path).Append(message.Query).Append('\n');
                return true;
            default:
                return false;
        }
    }

    private static bool HasUpperCase(string name)
    {
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameComponent(SfItem a, SfItem b) =>
        (string)a.Value! == b.Value as string
        && a.Parameters.Count == b.Parameters.Count
        && a.Parameters.Zip(b.Parameters).All(p => p.First.Key == p.Second.Key && Equals(p.First.Value, p.Second.Value));

    private static IEnumerable<string> ComponentValues(HttpMessageParts message, string name, SfItem component)
    {
        if (name.StartsWith('@'))
        {
            return DerivedComponent(message, name, component);
        }

        foreach (var (key, _) in component.Parameters)
        {
            if (key is not ("bs" or "key" or "sf"))
            {
                throw new SignatureRejectedException(SignatureFailure.Malformed, $"Component parameter ';{key}' on \"{name}\" is not supported.");
            }
        }

        if (component.Parameter("bs") is true)
        {
            var lines = message.Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
                .Select(h => ":" + Convert.ToBase64String(Encoding.ASCII.GetBytes(h.Value.Trim(' ', '\t'))) + ":").ToList();
            return lines.Count == 0 ? throw Missing(name) : [string.Join(", ", lines)];
        }

        var value = message.Header(name) ?? throw Missing(name);
        if (component.Parameter("key") is string memberKey)
        {
            try
            {
                var member = SfParser.ParseDictionary(value).Find(m => m.Key == memberKey).Value
                    ?? throw new SignatureRejectedException(SignatureFailure.MissingRequiredComponent, $"Dictionary field {name} has no member '{memberKey}'.");
                return [member.Serialize()];
            }
            catch (StructuredFieldException e)
            {
                throw new SignatureRejectedException(SignatureFailure.Malformed, $"Field {name} is not a structured dictionary: {e.Message}");
            }
        }

        if (component.Parameter("sf") is true)
        {
            return [StrictSerialize(name, value)];
        }

        return [value];
    }

    /// <summary>
    /// ;sf re-serializes the field strictly. Dictionaries, lists and items share one syntax apart from
    /// "key=", so parsing as a dictionary and falling back to a list covers all three without a type registry.
    /// </summary>
    private static string StrictSerialize(string name, string value)
    {
        try
        {
            try
            {
                var members = SfParser.ParseDictionary(value);
                return string.Join(", ", members.Select(m => m.Value.InnerList is null && m.Value.Value is true
                    ? m.Key + Parameters(m.Value)
                    : m.Key + "=" + m.Value.Serialize()));
            }
            catch (StructuredFieldException)
            {
                return string.Join(", ", SfParser.ParseList(value).Select(m => m.Serialize()));
            }
        }
        catch (StructuredFieldException e)
        {
            throw new SignatureRejectedException(SignatureFailure.Malformed, $"Field {name} is not a structured field: {e.Message}");
        }
    }

    private static string Parameters(SfItem item)
    {
        var builder = new StringBuilder();
        SfSerializer.WriteParameters(builder, item.Parameters);
        return builder.ToString();
    }

    private static IEnumerable<string> DerivedComponent(HttpMessageParts message, string name, SfItem component)
    {
        if (name == "@status")
        {
            return message.Status is { } status ? [status.ToString("000", System.Globalization.CultureInfo.InvariantCulture)] : throw Missing(name, "a response");
        }

        var uri = message.TargetUri ?? throw Missing(name, "a request");
        return name switch
        {
            "@method" => [message.Method!],
            "@target-uri" => [message.TargetUriText],
            "@authority" => [uri.Authority.ToLowerInvariant()],
            "@scheme" => [uri.Scheme.ToLowerInvariant()],
            "@request-target" => [message.RequestTarget],
            "@path" => [message.Path],
            "@query" => [message.Query.Length == 0 ? "?" : message.Query],
            "@query-param" => QueryParam(message.Query, component),
            _ => throw new SignatureRejectedException(SignatureFailure.Malformed, $"Derived component {name} is not supported."),
        };
    }

    private static IEnumerable<string> QueryParam(string query, SfItem component)
    {
        if (component.Parameter("name") is not string wanted)
        {
            throw new SignatureRejectedException(SignatureFailure.Malformed, "@query-param needs a name parameter.");
        }

        var values = new List<string>();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            if (key == wanted)
            {
                var raw = equals < 0 ? string.Empty : pair[(equals + 1)..];
                // Section 2.2.8: the value is decoded, then percent-encoded again so equivalent encodings sign alike.
                values.Add(Uri.EscapeDataString(Uri.UnescapeDataString(raw.Replace('+', ' '))));
            }
        }

        return values.Count == 0 ? throw Missing($"@query-param;name=\"{wanted}\"") : values;
    }

    private static SignatureRejectedException Missing(string name, string? kind = null) => new(
        SignatureFailure.MissingRequiredComponent,
        kind is null ? $"Covered component {name} is not present in the message." : $"Covered component {name} only exists in {kind}.");
}
