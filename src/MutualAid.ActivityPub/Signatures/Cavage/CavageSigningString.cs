using System.Globalization;
using System.Text;

namespace MutualAid.ActivityPub.Signatures.Cavage;

/// <summary>Builds the draft-cavage-12 section 2.3 signing string, in the order headers= gives.</summary>
public static class CavageSigningString
{
    /// <param name="requestTarget">Overrides path?query (GoToSocial sometimes signs the path alone).</param>
    /// <exception cref="SignatureRejectedException">A listed header or pseudo-header is absent.</exception>
    public static string Build(HttpMessageParts message, IReadOnlyList<string> headers, long? created, long? expires, string? requestTarget = null)
    {
        var builder = new StringBuilder(256);
        Write(builder, message, headers, created, expires, requestTarget);
        return builder.ToString();
    }

    /// <summary>Appends the signing string to <paramref name="builder"/>; the verifier passes a reused builder so no string is allocated per request.</summary>
    public static void Write(StringBuilder builder, HttpMessageParts message, IReadOnlyList<string> headers, long? created, long? expires, string? requestTarget)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(headers);
        for (var i = 0; i < headers.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            var name = headers[i];
            builder.Append(name).Append(": ");
            switch (name)
            {
                case "(request-target)":
                    foreach (var c in message.Method!)
                    {
                        builder.Append(char.ToLowerInvariant(c));
                    }

                    builder.Append(' ');
                    if (requestTarget is null)
                    {
                        builder.Append(message.Path).Append(message.Query);
                    }
                    else
                    {
                        builder.Append(requestTarget);
                    }

                    break;
                case "(created)":
                    builder.Append((created ?? throw Missing(name, "the created parameter is absent")).ToString(CultureInfo.InvariantCulture));
                    break;
                case "(expires)":
                    builder.Append((expires ?? throw Missing(name, "the expires parameter is absent")).ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(message.Header(name) ?? throw Missing(name, "the request has no such header"));
                    break;
            }
        }
    }

    private static SignatureRejectedException Missing(string name, string why) =>
        new(SignatureFailure.MissingRequiredComponent, $"Signed header '{name}' cannot be built: {why}.");
}
