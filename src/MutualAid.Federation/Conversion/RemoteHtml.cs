using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace MutualAid.Federation.Conversion;

/// <summary>
/// The one sanitizer for HTML and links that came from other servers. Used on ingest (AsToDomain, so what
/// is stored is clean), again when the JSON API shows a remote listing (rows stored before ingest was this
/// strict) and again at render in pages and feeds (defense in depth: a sanitizer bug fixed later also
/// protects rows already stored). The allowlist follows Mastodon's strict one (vocabulary section 3): text
/// structure, links and code; no attribute that can run script or carry style; links open without
/// authority (rel nofollow noopener noreferrer ugc).
/// </summary>
public sealed class RemoteHtml
{
    private static readonly string[] Tags = ["p", "br", "span", "a", "del", "s", "pre", "blockquote", "code", "b", "strong", "u", "i", "em", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6"];

    private static readonly string[] Schemes = ["http", "https", "mailto", "tel", "xmpp", "matrix", "gemini"];

    /// <summary>Characters of input and output kept in <see cref="_recent"/> before it starts over.</summary>
    private const long RecentLimitChars = 8_000_000;

    private readonly HtmlSanitizer _sanitizer = Create();

    /// <summary>
    /// Recently sanitized fragments, by their exact input: a search page or feed shows the same stored HTML
    /// again and again, and parsing it each time was most of the API's cost for pages of remote listings.
    /// The same input always gives the same output, so a hit is exactly what sanitizing would return.
    /// </summary>
    private readonly ConcurrentDictionary<string, string> _recent = new(StringComparer.Ordinal);

    private long _recentChars;

    public string Sanitize(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        if (_recent.TryGetValue(html, out var known))
        {
            return known;
        }

        var clean = _sanitizer.Sanitize(html).Trim();
        if (Interlocked.Add(ref _recentChars, html.Length + clean.Length) > RecentLimitChars)
        {
            _recent.Clear();
            Interlocked.Exchange(ref _recentChars, html.Length + clean.Length);
        }

        _recent[html] = clean;
        return clean;
    }

    /// <summary>
    /// A link field (give-elsewhere address, contact page) kept only when it is an absolute http(s) URL:
    /// anything else (<c>javascript:</c>, <c>data:</c>, relative) would run or resolve on our pages.
    /// </summary>
    public static string? SafeWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
            ? parsed.AbsoluteUri
            : null;

    /// <summary>
    /// The text of a field that is plain text by definition (a Note's <c>name</c>) but may arrive with
    /// markup: tags are dropped, their text kept, so nothing in it is ever taken for HTML downstream.
    /// </summary>
    public static string PlainText(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('<', StringComparison.Ordinal))
        {
            return text ?? "";
        }

        var parser = new HtmlParser();
        using var document = parser.ParseDocument("");
        var nodes = parser.ParseFragment(text, document.Body!);
        return string.Concat(nodes.Where(n => n is not IElement { TagName: "SCRIPT" or "STYLE" }).Select(n => n.TextContent)).Trim();
    }

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "rel", "lang", "translate", "start", "reversed", "value"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
        {
            // The words inside removed markup stay (a <div>'s text), but not the content of elements that
            // hold code, styling or embedded documents: it would read as stray text.
            if (e.Tag.TagName is "SCRIPT" or "STYLE" or "TEMPLATE" or "NOSCRIPT" or "IFRAME" or "OBJECT" or "SVG" or "MATH")
            {
                e.Tag.InnerHtml = "";
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { TagName: "A" } anchor)
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer ugc");
            }
        };
        return sanitizer;
    }
}
