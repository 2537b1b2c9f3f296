using Ganss.Xss;

namespace MutualAid.Server.Web.Html;

/// <summary>
/// Sanitizes HTML that came from other servers before it is shown, whatever the sender claims to have
/// done. The allowlist follows Mastodon's: text structure, links and code, nothing else; links open
/// without authority (rel nofollow noopener noreferrer ugc).
/// </summary>
public sealed class RemoteHtml
{
    private static readonly string[] Tags = ["p", "br", "span", "a", "del", "s", "pre", "blockquote", "code", "b", "strong", "u", "i", "em", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6"];

    private readonly HtmlSanitizer _sanitizer = Create();

    public Html Sanitize(string? html) => Html.Trusted(string.IsNullOrEmpty(html) ? "" : _sanitizer.Sanitize(html));

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "rel", "lang", "translate", "start", "reversed", "value"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel", "xmpp", "matrix", "gemini"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } anchor)
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer ugc");
            }
        };
        return sanitizer;
    }
}
