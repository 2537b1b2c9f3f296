using System.Diagnostics.CodeAnalysis;

namespace MutualAid.ActivityPub.WebFinger;

/// <summary>
/// The <c>resource</c> a WebFinger query asks about: either an account (<c>acct:user@host</c>,
/// <c>@user@host</c>, <c>user@host</c>) or an actor URL, which Mastodon also answers.
/// </summary>
public sealed class WebFingerResource
{
    private WebFingerResource(AccountHandle? account, Uri? url)
    {
        Account = account;
        Url = url;
    }

    /// <summary>Set when the resource names an account.</summary>
    public AccountHandle? Account { get; }

    /// <summary>Set when the resource is an http(s) URL, such as an actor id or profile page.</summary>
    public Uri? Url { get; }

    [MemberNotNullWhen(true, nameof(Account))]
    [MemberNotNullWhen(false, nameof(Url))]
    public bool IsAccount => Account is not null;

    public static WebFingerResource Parse(string resource) =>
        TryParse(resource, out var parsed)
            ? parsed
            : throw new FormatException($"'{resource}' is not a WebFinger resource this server understands (acct:user@host or an https URL).");

    public static bool TryParse([NotNullWhen(true)] string? resource, [NotNullWhen(true)] out WebFingerResource? parsed)
    {
        parsed = null;
        if (string.IsNullOrWhiteSpace(resource))
        {
            return false;
        }

        var text = resource.Trim();
        if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || string.IsNullOrEmpty(url.Host))
            {
                return false;
            }

            parsed = new WebFingerResource(account: null, url);
            return true;
        }

        if (!AccountHandle.TryParse(text, out var account))
        {
            return false;
        }

        parsed = new WebFingerResource(account, url: null);
        return true;
    }

    public override string ToString() => IsAccount ? Account.AcctUri : Url.AbsoluteUri;
}
