using MutualAid.Server.Web.Html;

namespace MutualAid.Server.Tests.Web;

public sealed class HtmlTests
{
    [Fact]
    public void Holes_are_encoded_and_only_html_fragments_pass_through()
    {
        var title = "<b>\"Tom & Jerry's\"</b>";
        var nested = Html.Of($"<em>{title}</em>");
        var list = new List<Html> { Html.Of($"<li>{"<1>"}</li>"), Html.Of($"<li>{2}</li>") };
        IEnumerable<Html> lazy = list.Select(item => Html.Of($"<p>{item}</p>"));

        Assert.Equal("<em>&lt;b&gt;&quot;Tom &amp; Jerry&#x27;s&quot;&lt;/b&gt;</em>", nested.ToString());
        Assert.Equal("<ul><li>&lt;1&gt;</li><li>2</li></ul>", Html.Of($"<ul>{list}</ul>").ToString());
        Assert.Equal("<p><li>&lt;1&gt;</li></p><p><li>2</li></p>", Html.Of($"{lazy}").ToString());
        Assert.Equal("<a title=\"&lt;x&gt;\">", Html.Of($"<a title=\"{"<x>"}\">").ToString());
        Assert.Equal("صندوق الإيجار", Html.Text("صندوق الإيجار").ToString());
        Assert.Equal("<i>ok</i>", Html.Trusted("<i>ok</i>").ToString());
        Assert.True(Html.Of($"{(string?)null}").IsEmpty);
    }

    [Theory]
    [InlineData("https://example.org/a?b=1", "https://example.org/a?b=1")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,x", null)]
    [InlineData("//evil.example", null)]
    public void Only_web_links_reach_an_href(string url, string? expected) => Assert.Equal(expected, SafeLinks.Web(url));

    [Fact]
    public void Phone_and_email_links_are_rebuilt_from_safe_characters()
    {
        Assert.Equal("tel:+13125550142", SafeLinks.Phone("+1 (312) 555-0142"));
        Assert.Null(SafeLinks.Phone("call us"));
        Assert.Equal("mailto:a@b.example", SafeLinks.Email(" a@b.example "));
        Assert.Null(SafeLinks.Email("a@b.example?subject=x"));
    }
}
