using Pipeline.Web.Html;

namespace Pipeline.Tests.Web;

public sealed class HtmlBuilderTests
{
    [Fact]
    public void Append_HostileValues_AreEncodedInTextAndAttributes()
    {
        const string Hostile = "\"><script>alert('x')</script>&";

        var html = new HtmlBuilder().Append($"<a title=\"{Hostile}\">{Hostile}</a>").ToString();

        Assert.Equal("<a title=\"&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;\">&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;</a>", html);
    }

    [Fact]
    public void Append_VietnameseText_StaysReadable()
    {
        var html = new HtmlBuilder().Append($"<p>{"Hợp tác y tế Đà Nẵng"}</p>").ToString();

        Assert.Equal("<p>Hợp tác y tế Đà Nẵng</p>", html);
    }

    [Fact]
    public void From_SnippetWithInjectedMarkup_KeepsOnlyMark()
    {
        var snippet = SnippetHtml.From("a <mark>hợp tác</mark> &lt;b&gt; <img src=x onerror=alert(1)>");

        Assert.Equal("a <mark>hợp tác</mark> &lt;b&gt; &lt;img src=x onerror=alert(1)&gt;", snippet.Html);
    }
}
