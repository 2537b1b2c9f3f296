using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Tests.Conversion;

public class HtmlTextTests
{
    [Theory]
    [InlineData("Despensa solidaria: ¿qué hace falta? Niñas y niños", "Despensa solidaria: ¿qué hace falta? Niñas y niños")]
    [InlineData("صندوق الإيجار 🎉", "صندوق الإيجار 🎉")]
    [InlineData("<script>alert('x')</script> & \"more\"", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escapes_only_what_html_needs_and_keeps_every_letter(string? text, string expected) =>
        Assert.Equal(expected, HtmlText.Escape(text));
}
