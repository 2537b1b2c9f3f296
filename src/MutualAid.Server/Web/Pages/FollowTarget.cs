using System.Globalization;

namespace MutualAid.Server.Web.Pages;

/// <summary>
/// "Follow from your server": the visitor names their server and we send them to its
/// <c>/authorize_interaction</c> page (Mastodon, GoToSocial and others), which asks them to confirm.
/// Only a plain DNS host name is accepted, so the redirect can never point at a path, a scheme or an IP.
/// </summary>
public static class FollowTarget
{
    private static readonly IdnMapping Idn = new();

    /// <summary>The host name from "mastodon.social", "https://mastodon.social/", or "@me@mastodon.social"; null if not a host.</summary>
    public static string? ServerName(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var text = input.Trim();
        if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            text = text[8..];
        }
        else if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
        }

        text = text.TrimEnd('/');
        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            text = text[(at + 1)..];
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(text).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            // Not a valid internationalized domain name: the visitor gets the form back with an error.
            return null;
        }

        var labels = ascii.Split('.');
        var valid = ascii.Length <= 253 && labels.Length >= 2
            && labels.All(l => l.Length is >= 1 and <= 63 && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && l[0] != '-' && l[^1] != '-')
            && !labels[^1].All(char.IsAsciiDigit)
            && Uri.CheckHostName(ascii) == UriHostNameType.Dns;
        return valid ? ascii : null;
    }

    public static string AuthorizeInteraction(string host, string uri) =>
        $"https://{host}/authorize_interaction?uri={Uri.EscapeDataString(uri)}";

    /// <summary>A readable name for a remote actor: its last path segment and host.</summary>
    public static string ActorName(string? actor, string? domain)
    {
        if (Uri.TryCreate(actor, UriKind.Absolute, out var uri))
        {
            var last = uri.AbsolutePath.TrimEnd('/').Split('/')[^1];
            return last.Length == 0 ? uri.Host : $"{Uri.UnescapeDataString(last).TrimStart('@')}@{uri.Host}";
        }

        return domain ?? "?";
    }
}
