using MutualAid.Core.Text;

namespace MutualAid.Core.Tests.Text;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Markdown_becomes_html_and_links_carry_a_safe_rel()
    {
        var html = _renderer.ToSafeHtml("# Pantry\n\n- rice\n- beans\n\nSee <https://example.org>");

        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<li>rice</li>", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer ugc\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("![x](data:image/png;base64,AAAA)", "data:")]
    public void Dangerous_input_never_reaches_the_html(string markdown, string forbidden) =>
        Assert.DoesNotContain(forbidden, _renderer.ToSafeHtml(markdown), StringComparison.OrdinalIgnoreCase);
}
