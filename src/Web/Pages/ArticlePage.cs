using System.Globalization;
using Pipeline.Text.Facts;
using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>One article: its metadata, its text with partners, parties, counts and dates marked, its facts and topics, similar articles.</summary>
internal static class ArticlePage
{
    public static string Render(ArticleView view, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(view);
        var article = view.Article;
        var facts = view.Facts ?? ArticleFacts.Empty;
        var html = new HtmlBuilder();
        html.Append($"""
            <p class="back"><a href="/">← Tìm kiếm</a></p>
            <article class="article" data-id="{article.Id}">
            <h1>{article.Title}</h1>
            <p class="meta"><span class="outlet">{article.Outlet}</span> · <time datetime="{article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}">{Labels.Time(article.Published)}</time>
            """);
        if (article.Authors.Count > 0)
        {
            html.Append($" · {string.Join(", ", article.Authors)}");
        }

        if (article.Section is not null)
        {
            html.Append($" · {article.Section}");
        }

        html.Append($" · <a class=\"source\" href=\"{SafeUrl(article.Url)}\" rel=\"noopener noreferrer nofollow\">Xem bài gốc</a>");
        if (view.Copy is { } copy)
        {
            // The copy as crawled: the outlet may since have edited or removed the article.
            html.Append($" · <a class=\"archived-copy\" href=\"{copy.Permalink}\">Bản lưu lúc {Labels.Time(copy.CrawledAt)}</a>");
        }

        html.Append($"</p>\n<p class=\"citations\">");
        CitationLinks.Write(html, $"/articles/{Uri.EscapeDataString(article.Id)}/cite", string.Empty, "bài này");
        html.Append($"""
            </p>
            <div class="layout">
            <div class="text">
            <p class="legend" aria-hidden="true"><mark class="fact fact-partner">Đối tác nước ngoài</mark> <mark class="fact fact-party">Bên Việt Nam</mark> <mark class="fact fact-count">Số liệu</mark> <mark class="fact fact-date">Ngày tháng</mark></p>
            """);
        var text = FactMarks.AnalysedText(article.Lead, article.Body);
        FactMarks.Write(html, text, FactMarks.Marks(text, facts), article.Lead is not null);
        html.Append($"</div>\n<aside class=\"facts\">\n");
        WriteTopics(html, view, facts, labels);
        WriteParticipants(html, "partners", "Đối tác nước ngoài", facts.Partners, withCountry: true);
        WriteParticipants(html, "parties", "Bên Việt Nam", facts.Parties, withCountry: false);
        WriteCounts(html, facts.Counts);
        WriteDates(html, facts.Dates);
        html.Append($"</aside>\n</div>\n</article>\n");
        WriteSimilar(html, view);
        return Layout.Render(article.Title, "search", html.ToFragment());
    }

    /// <summary>Only http and https addresses become links: a crawled "javascript:" address must never be one.</summary>
    public static string SafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : "#";

    private static void WriteTopics(HtmlBuilder html, ArticleView view, ArticleFacts facts, Labels labels)
    {
        html.Append($"<section class=\"topics\"><h2>Chủ đề</h2>");
        if (view.Facts is null)
        {
            html.Append($"<p class=\"empty\">Bài chưa được phân tích.</p></section>\n");
            return;
        }

        html.Append($"<p class=\"cooperation\" data-cooperation=\"{(facts.Cooperation.Value ? "true" : "false")}\">Hợp tác quốc tế: <strong>{(facts.Cooperation.Value ? "có" : "không")}</strong> ({Labels.Percent(facts.Cooperation.Score)})</p>\n<ul>");
        foreach (var topic in facts.Topics)
        {
            html.Append($"<li data-topic=\"{topic.Label}\"><a href=\"/?topic={Uri.EscapeDataString(topic.Label)}\">{labels.Topic(topic.Label)}</a> <meter min=\"0\" max=\"1\" value=\"{topic.Score.ToString("0.###", CultureInfo.InvariantCulture)}\">{Labels.Percent(topic.Score)}</meter> <span class=\"score\">{Labels.Percent(topic.Score)}</span></li>");
        }

        html.Append($"</ul></section>\n");
    }

    private static void WriteParticipants(HtmlBuilder html, string kind, string title, IReadOnlyList<PartnerFact> participants, bool withCountry)
    {
        html.Append($"<section class=\"{kind}\"><h2>{title}</h2>");
        var distinct = participants.GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (distinct.Count == 0)
        {
            html.Append($"<p class=\"empty\">Không có.</p></section>\n");
            return;
        }

        html.Append($"<ul>");
        foreach (var participant in distinct)
        {
            html.Append($"<li data-key=\"{participant.Key}\"><a href=\"/?{(withCountry ? "partner" : "q")}={Uri.EscapeDataString(withCountry ? participant.Key : "\"" + participant.Name + "\"")}\">{participant.Name}</a> <span class=\"kind\">{Labels.Kind(participant.Kind)}</span>");
            if (withCountry)
            {
                html.Append($" <span class=\"country\">{participant.Country ?? "quốc tế"}</span>");
            }

            html.Append($"</li>");
        }

        html.Append($"</ul></section>\n");
    }

    private static void WriteCounts(HtmlBuilder html, IReadOnlyList<CountFact> counts)
    {
        html.Append($"<section class=\"counts\"><h2>Số liệu</h2>");
        if (counts.Count == 0)
        {
            html.Append($"<p class=\"empty\">Không có.</p></section>\n");
            return;
        }

        html.Append($"<table><thead><tr><th scope=\"col\">Giá trị</th><th scope=\"col\">Đối tượng</th></tr></thead><tbody>");
        foreach (var count in counts)
        {
            var approx = Labels.Approx(count.Approx);
            html.Append($"<tr><td class=\"number\">{(approx.Length > 0 ? approx + " " : string.Empty)}{Labels.Number(count.Value)}{(count.Currency is null ? string.Empty : " " + count.Currency)}</td><td>{count.Noun}</td></tr>");
        }

        html.Append($"</tbody></table></section>\n");
    }

    private static void WriteDates(HtmlBuilder html, IReadOnlyList<DateFact> dates)
    {
        html.Append($"<section class=\"dates\"><h2>Ngày tháng</h2>");
        if (dates.Count == 0)
        {
            html.Append($"<p class=\"empty\">Không có.</p></section>\n");
            return;
        }

        html.Append($"<table><thead><tr><th scope=\"col\">Trong bài</th><th scope=\"col\">Quy đổi</th></tr></thead><tbody>");
        foreach (var date in dates)
        {
            html.Append($"<tr><td>{date.Span}</td><td><time>{date.Resolved}</time></td></tr>");
        }

        html.Append($"</tbody></table></section>\n");
    }

    private static void WriteSimilar(HtmlBuilder html, ArticleView view)
    {
        html.Append($"<section class=\"similar\"><h2>Bài tương tự</h2>");
        if (view.Similar.Count == 0)
        {
            html.Append($"<p class=\"empty\">Chưa có bài tương tự trong chỉ mục.</p></section>\n");
            return;
        }

        html.Append($"<ul>");
        foreach (var hit in view.Similar)
        {
            html.Append($"<li><a href=\"/articles/{Uri.EscapeDataString(hit.Id)}\">{hit.Title}</a> <span class=\"meta\">{hit.Outlet} · {Labels.Time(hit.Published)}</span></li>");
        }

        html.Append($"</ul></section>\n");
    }
}
