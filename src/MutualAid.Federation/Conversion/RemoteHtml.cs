using Ganss.Xss;

namespace MutualAid.Federation.Conversion;

/// <summary>Remote HTML is untrusted: kept to Mastodon's strict element list (vocabulary section 3), links neutered.</summary>
public sealed class RemoteHtml
{
    private static readonly string[] Elements = ["p", "br", "span", "a", "del", "s", "pre", "blockquote", "code", "b", "strong", "u", "i", "em", "ul", "ol", "li"];

    private readonly HtmlSanitizer _sanitizer = Create();

    public string Sanitize(string html) => _sanitizer.Sanitize(html ?? "").Trim();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var element in Elements)
        {
            sanitizer.AllowedTags.Add(element);
        }

        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.AllowedAttributes.Add("lang");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedCssProperties.Clear();
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
