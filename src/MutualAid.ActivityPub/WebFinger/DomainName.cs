using System.Globalization;

namespace MutualAid.ActivityPub.WebFinger;

/// <summary>
/// The host part of an account handle in the one form we store and compare: lower case, IDN
/// labels in punycode, an explicit port kept (<c>example.com:8443</c>).
/// </summary>
public static class DomainName
{
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    public static string Normalize(string domain) =>
        TryNormalize(domain, out var normalized)
            ? normalized
            : throw new FormatException($"'{domain}' is not a valid host name.");

    public static bool TryNormalize(string? domain, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(domain) || domain.Length > 300)
        {
            return false;
        }

        if (!TrySplitPort(domain.Trim(), out var host, out var port))
        {
            return false;
        }

        if (host.StartsWith('['))
        {
            if (!host.EndsWith(']') || Uri.CheckHostName(host[1..^1]) != UriHostNameType.IPv6)
            {
                return false;
            }

            normalized = host.ToLowerInvariant() + port;
            return true;
        }

        host = host.TrimEnd('.');
        string ascii;
        try
        {
            ascii = Idn.GetAscii(host).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (Uri.CheckHostName(ascii) is not (UriHostNameType.Dns or UriHostNameType.IPv4))
        {
            return false;
        }

        normalized = ascii + port;
        return true;
    }

    private static bool TrySplitPort(string value, out string host, out string port)
    {
        host = value;
        port = string.Empty;
        var colon = value.LastIndexOf(':');
        var bracketClose = value.LastIndexOf(']');
        if (colon < 0 || colon < bracketClose)
        {
            return true;
        }

        // Unbracketed IPv6 literals are ambiguous with host:port; the acct form requires brackets.
        if (!value.StartsWith('[') && value.IndexOf(':', StringComparison.Ordinal) != colon)
        {
            return false;
        }

        var digits = value[(colon + 1)..];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
        {
            return false;
        }

        host = value[..colon];
        port = ":" + number.ToString(CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>The normalized domain of a URL: its host, plus the port when it is not the scheme's default.</summary>
    public static string FromUri(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var host = uri.HostNameType == UriHostNameType.IPv6 ? $"[{uri.IdnHost}]" : uri.IdnHost;
        return Normalize(uri.IsDefaultPort ? host : $"{host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}");
    }
}
