using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Tests.Conversion;

/// <summary>The one sanitizer for remote HTML, its plain-text and link checks, and its memo of recent fragments.</summary>
public sealed class RemoteHtmlTests
{
    private const string Hostile = "<p style=\"x\" onclick=\"y()\">Hi <script>alert(1)</script><a href=\"javascript:alert(2)\">a</a> <a href=\"https://ok.example/\">b</a></p>";

    [Fact]
    public void The_same_fragment_sanitizes_the_same_way_from_the_memo_and_unrelated_ones_differ()
    {
        var html = new RemoteHtml();
        var first = html.Sanitize(Hostile);
        var again = html.Sanitize(Hostile);
        Assert.Equal(first, again);
        Assert.Equal("<p>Hi <a rel=\"nofollow noopener noreferrer ugc\">a</a> <a href=\"https://ok.example/\" rel=\"nofollow noopener noreferrer ugc\">b</a></p>", first);
        Assert.Equal("<p>Other</p>", html.Sanitize("<p onmouseover=\"z()\">Other</p>"));
        Assert.Equal("", html.Sanitize(null));
    }

    [Theory]
    [InlineData("Rice <script>alert(1)</script>and <b>beans</b>", "Rice and beans")]
    [InlineData("Rice < 5 kg", "Rice < 5 kg")]
    [InlineData("Plain title", "Plain title")]
    public void Names_become_plain_text(string name, string expected) => Assert.Equal(expected, RemoteHtml.PlainText(name));

    [Theory]
    [InlineData("https://fund.example/give", "https://fund.example/give")]
    [InlineData(" http://fund.example ", "http://fund.example/")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,hi", null)]
    [InlineData("/relative", null)]
    [InlineData(null, null)]
    public void Only_absolute_web_addresses_are_kept(string? url, string? expected) => Assert.Equal(expected, RemoteHtml.SafeWebAddress(url));
}
