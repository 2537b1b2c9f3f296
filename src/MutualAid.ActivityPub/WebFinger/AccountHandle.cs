using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace MutualAid.ActivityPub.WebFinger;

/// <summary>
/// A fediverse account address, <c>user@domain</c>. Usernames follow Mastodon's rule and compare
/// case-insensitively; the domain is normalized by <see cref="DomainName"/>.
/// </summary>
public sealed partial class AccountHandle : IEquatable<AccountHandle>
{
    private AccountHandle(string username, string domain)
    {
        Username = username;
        Domain = domain;
    }

    public string Username { get; }

    /// <summary>Lower-case punycode host, with port when one was given.</summary>
    public string Domain { get; }

    /// <summary>The RFC 7565 form used as a WebFinger resource and subject.</summary>
    public string AcctUri => $"acct:{Username}@{Domain}";

    public static AccountHandle Create(string username, string domain)
    {
        if (!IsValidUsername(username))
        {
            throw new FormatException($"'{username}' is not a valid username: use letters, digits and underscores, joined by dots or dashes.");
        }

        return new AccountHandle(username, DomainName.Normalize(domain));
    }

    /// <summary>Mastodon's username rule, <c>[a-z0-9_]+([.-]+[a-z0-9_]+)*</c>, case-insensitive.</summary>
    public static bool IsValidUsername([NotNullWhen(true)] string? username) =>
        username is { Length: > 0 and <= 255 } && UsernamePattern().IsMatch(username);

    /// <summary>Accepts <c>acct:user@host</c>, <c>@user@host</c> and <c>user@host</c>.</summary>
    public static AccountHandle Parse(string value) =>
        TryParse(value, out var handle)
            ? handle
            : throw new FormatException($"'{value}' is not an account handle of the form user@host.");

    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out AccountHandle? handle)
    {
        handle = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (text.StartsWith("acct:", StringComparison.OrdinalIgnoreCase))
        {
            // RFC 7565 lets the userpart and host be percent-encoded.
            text = Uri.UnescapeDataString(text[5..]);
        }
        else if (text.StartsWith('@'))
        {
            text = text[1..];
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@'))
        {
            return false;
        }

        var username = text[..at];
        if (!IsValidUsername(username) || !DomainName.TryNormalize(text[(at + 1)..], out var domain))
        {
            return false;
        }

        handle = new AccountHandle(username, domain);
        return true;
    }

    /// <summary>
    /// True when the handle belongs to <paramref name="domain"/> (our own, when answering WebFinger),
    /// comparing normalized forms so <c>Food.Example</c> and <c>food.example</c> agree.
    /// </summary>
    public bool IsOn(string domain) =>
        DomainName.TryNormalize(domain, out var normalized) && string.Equals(Domain, normalized, StringComparison.Ordinal);

    public bool Equals(AccountHandle? other) =>
        other is not null
        && string.Equals(Username, other.Username, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Domain, other.Domain, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as AccountHandle);

    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Username), StringComparer.Ordinal.GetHashCode(Domain));

    /// <summary><c>user@domain</c>.</summary>
    public override string ToString() => $"{Username}@{Domain}";

    [GeneratedRegex(@"\A[a-z0-9_]+([.-]+[a-z0-9_]+)*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UsernamePattern();
}
