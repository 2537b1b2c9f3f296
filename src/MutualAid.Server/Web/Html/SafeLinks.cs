using MutualAid.Federation.Conversion;

namespace MutualAid.Server.Web.Html;

/// <summary>Which link targets may reach an href: remote data can carry javascript: or data: URLs.</summary>
public static class SafeLinks
{
    public static string? Web(string? url) => RemoteHtml.SafeWebAddress(url);

    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        return digits.Length >= 3 ? "tel:" + digits : null;
    }

    public static string? Email(string? email)
    {
        var address = email?.Trim();
        return !string.IsNullOrEmpty(address) && address.Contains('@', StringComparison.Ordinal) && !address.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '?' or '&')
            ? "mailto:" + address
            : null;
    }
}
