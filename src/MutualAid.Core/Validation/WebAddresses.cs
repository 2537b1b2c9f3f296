using System.Net.Mail;

namespace MutualAid.Core.Validation;

/// <summary>Checks for addresses people paste into profiles and listings.</summary>
public static class WebAddresses
{
    public static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    public static bool IsEmail(string? value) =>
        value is { Length: > 2 and <= 254 }
        && MailAddress.TryCreate(value, out var address)
        && string.Equals(address.Address, value, StringComparison.Ordinal);
}
