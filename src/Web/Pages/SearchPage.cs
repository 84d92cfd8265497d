using System.Globalization;
using Pipeline.Indexer.Search;
using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>The home page: the query box, filters, facet counts that filter when clicked, highlighted snippets, paging and sort.</summary>
internal static class SearchPage
{
    public const int FacetValuesShown = 12;

    public static string Render(SearchView view, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(view);
        var form = view.Form;
        var html = new HtmlBuilder();
        html.Append($"<h1 class=\"visually-hidden\">Tìm kiếm bài viết</h1>\n");
        WriteForm(html, form, view.Results, labels);
        WriteActiveFilters(html, form, view.PartnerNames, labels);
        if (view.Error is not null)
        {
            html.Append($"<p class=\"error\" role=\"alert\">{view.Error}</p>\n");
        }
        else if (view.Results is { } results)
        {
            html.Append($"<div class=\"results\">\n");
            WriteFacets(html, form, results, view.PartnerNames, labels);
            html.Append($"<section class=\"hits\" aria-label=\"Kết quả\">\n");
            WriteSummary(html, form, results);
            WriteHits(html, form, results, labels);
            WritePages(html, form, results.Total);
            html.Append($"</section>\n</div>\n");
        }

        var feed = new HtmlBuilder().Append($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Bài mới theo tìm kiếm này\" href=\"/feeds/search{(form with { Page = 1, Limit = SearchForm.DefaultLimit, SortByDate = false }).ToQueryString()}\">");
        return Layout.Render(form.Query.Length > 0 ? $"Tìm kiếm: {form.Query}" : "Tìm kiếm", "search", html.ToFragment(), feed.ToFragment());
    }

    private static void WriteForm(HtmlBuilder html, SearchForm form, SearchResults? results, Labels labels)
    {
        html.Append($"""
            <form class="search" method="get" action="/" role="search">
            <div class="query">
            <label for="q" class="visually-hidden">Từ khóa</label>
            <input id="q" name="q" type="search" value="{form.Query}" maxlength="{ArticleSearcher.MaxQueryLength}" placeholder="Ví dụ: hợp tác đào tạo Nhật Bản, &quot;ghép gan&quot;, JICA">
            <button type="submit">Tìm kiếm</button>
            </div>
            <div class="filters">
            <label>Chủ đề <select name="topic"><option value="">Tất cả</option>
            """);
        foreach (var label in labels.TopicLabels)
        {
            Option(html, label, labels.Topic(label), form.Topic);
        }

        html.Append($"</select></label>\n<label>Quốc gia đối tác <select name=\"country\"><option value=\"\">Tất cả</option>");
        foreach (var (code, name) in labels.Countries)
        {
            Option(html, code, name, form.Country);
        }

        html.Append($"</select></label>\n<label>Đối tác <input name=\"partner\" value=\"{form.Partner}\" maxlength=\"200\" placeholder=\"JICA, WHO...\"></label>\n<label>Nguồn tin <select name=\"outlet\"><option value=\"\">Tất cả</option>");
        var outlets = (results?.Facets.GetValueOrDefault("outlet")?.Keys ?? []).Append(form.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var outlet in outlets)
        {
            Option(html, outlet, outlet, form.Outlet);
        }

        html.Append($"""
            </select></label>
            <label>Từ ngày <input type="date" name="from" value="{Day(form.From)}"></label>
            <label>Đến ngày <input type="date" name="to" value="{Day(form.To)}"></label>
            <label>Sắp xếp <select name="sort">
            """);
        Option(html, "relevance", "Liên quan nhất", form.SortByDate ? "date" : "relevance");
        Option(html, "date", "Mới nhất", form.SortByDate ? "date" : "relevance");
        html.Append($"</select></label>\n<label>Mỗi trang <select name=\"limit\">");
        foreach (var size in new[] { 10, 20, 50, 100 })
        {
            Option(html, size.ToString(CultureInfo.InvariantCulture), size.ToString(CultureInfo.InvariantCulture), form.Limit.ToString(CultureInfo.InvariantCulture));
        }

        html.Append($"</select></label>\n</div>\n");
        if (form.Party is not null)
        {
            // No field of its own: the network page links here with it, and a new search keeps it until its chip is removed.
            html.Append($"<input type=\"hidden\" name=\"party\" value=\"{form.Party}\">\n");
        }

        html.Append($"</form>\n");
    }

    private static void WriteActiveFilters(HtmlBuilder html, SearchForm form, IReadOnlyDictionary<string, string> partnerNames, Labels labels)
    {
        if (!form.HasFilters)
        {
            return;
        }

        html.Append($"<ul class=\"active-filters\" aria-label=\"Bộ lọc đang dùng\">");
        Chip(html, form.Topic, "Chủ đề", t => labels.Topic(t), form with { Topic = null, Page = 1 });
        Chip(html, form.Country, "Quốc gia", c => labels.Country(c), form with { Country = null, Page = 1 });
        Chip(html, form.Partner, "Đối tác", p => labels.Partner(p, partnerNames), form with { Partner = null, Page = 1 });
        Chip(html, form.Outlet, "Nguồn tin", o => o, form with { Outlet = null, Page = 1 });
        Chip(html, form.Party, "Bên Việt Nam", p => p, form with { Party = null, Page = 1 });
        Chip(html, Day(form.From), "Từ ngày", d => d, form with { From = null, Page = 1 });
        Chip(html, Day(form.To), "Đến ngày", d => d, form with { To = null, Page = 1 });
        html.Append($"<li><a class=\"clear\" href=\"/{new SearchForm(form.Query, SortByDate: form.SortByDate, Limit: form.Limit).ToQueryString()}\">Bỏ mọi bộ lọc</a></li></ul>\n");
    }

    private static void Chip(HtmlBuilder html, string? value, string name, Func<string, string> display, SearchForm without)
    {
        if (value is not null)
        {
            html.Append($"<li class=\"chip\">{name}: <strong>{display(value)}</strong> <a href=\"/{without.ToQueryString()}\" title=\"Bỏ bộ lọc này\" aria-label=\"Bỏ bộ lọc {name}\">×</a></li>");
        }
    }

    private static void WriteFacets(HtmlBuilder html, SearchForm form, SearchResults results, IReadOnlyDictionary<string, string> partnerNames, Labels labels)
    {
        html.Append($"<aside class=\"facets\" aria-label=\"Lọc theo\">\n");
        foreach (var field in ArticleSearcher.FacetFields)
        {
            if (!results.Facets.TryGetValue(field, out var counts) || counts.Count == 0)
            {
                continue;
            }

            html.Append($"<section class=\"facet\" data-facet=\"{field}\"><h2>{Labels.Dimension(field)}</h2><ul>\n");
            var values = field == "month"
                ? counts.OrderByDescending(c => c.Key, StringComparer.Ordinal).Take(FacetValuesShown)
                : counts.Take(FacetValuesShown);
            foreach (var (value, count) in values)
            {
                var (name, target, active) = field switch
                {
                    "topic" => (labels.Topic(value), form with { Topic = value, Page = 1 }, form.Topic == value),
                    "country" => (labels.Country(value), form with { Country = value, Page = 1 }, form.Country == value),
                    "partner" => (labels.Partner(value, partnerNames), form with { Partner = value, Page = 1 }, form.Partner == value),
                    "outlet" => (value, form with { Outlet = value, Page = 1 }, form.Outlet == value),
                    _ => (Labels.Month(value), MonthRange(form, value), false),
                };
                html.Append($"<li{(active ? new HtmlFragment(" class=\"active\"") : HtmlFragment.Empty)}><a href=\"/{target.ToQueryString()}\" data-value=\"{value}\">{name}</a> <span class=\"count\">{Labels.Number((long)count)}</span></li>\n");
            }

            html.Append($"</ul></section>\n");
        }

        html.Append($"</aside>\n");
    }

    private static SearchForm MonthRange(SearchForm form, string month)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return form;
        }

        return form with { From = first, To = first.AddMonths(1).AddDays(-1), Page = 1 };
    }

    private static void WriteSummary(HtmlBuilder html, SearchForm form, SearchResults results)
    {
        html.Append($"<p class=\"summary\" data-total=\"{results.Total.ToString(CultureInfo.InvariantCulture)}\">Tìm thấy <strong>{Labels.Number((long)results.Total)}</strong> bài ({Labels.Number(results.TookMs)} ms)");
        html.Append($" · <a class=\"feed\" href=\"/feeds/search{(form with { Page = 1, Limit = SearchForm.DefaultLimit, SortByDate = false }).ToQueryString()}\">Theo dõi tìm kiếm này (Atom)</a>");
        if (results.Hits.Count > 0)
        {
            html.Append($" · ");
            CitationLinks.Write(html, "/search", form.ToQueryString(), "các bài trên trang này");
        }

        html.Append($"</p>\n");
        if (results.TimedOut)
        {
            html.Append($"<p class=\"warning\">Tìm kiếm đã dùng hết thời gian cho phép: số liệu chỉ tính các bài đã duyệt. Hãy thu hẹp câu tìm kiếm.</p>\n");
        }

        if (results.Total == 0)
        {
            html.Append($"<p class=\"empty\">Không tìm thấy bài nào. Hãy thử ít từ hơn, viết không dấu, hoặc bỏ bớt bộ lọc.</p>\n");
        }
    }

    private static void WriteHits(HtmlBuilder html, SearchForm form, SearchResults results, Labels labels)
    {
        if (results.Hits.Count == 0)
        {
            return;
        }

        html.Append($"<ol class=\"hit-list\" start=\"{(((form.Page - 1) * form.Limit) + 1).ToString(CultureInfo.InvariantCulture)}\">\n");
        foreach (var hit in results.Hits)
        {
            html.Append($"""
                <li class="hit" data-id="{hit.Id}">
                <h2><a href="/articles/{Uri.EscapeDataString(hit.Id)}">{hit.Title}</a></h2>
                <p class="meta">{hit.Outlet} · <time datetime="{hit.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}">{Labels.Time(hit.Published)}</time>
                """);
            html.Append($" · ");
            CitationLinks.Write(html, $"/articles/{Uri.EscapeDataString(hit.Id)}/cite", string.Empty, "bài này");
            html.Append($"""
                </p>
                <p class="snippet">{SnippetHtml.From(hit.Snippet)}</p>
                """);
            if (hit.Topics.Count > 0 || hit.Partners.Count > 0)
            {
                html.Append($"<p class=\"tags\">");
                foreach (var topic in hit.Topics.Where(t => t.Label != Analysis.Topics.Taxonomy.Other))
                {
                    html.Append($"<a class=\"tag topic\" href=\"/{(form with { Topic = topic.Label, Page = 1 }).ToQueryString()}\">{labels.Topic(topic.Label)}</a> ");
                }

                foreach (var partner in hit.Partners.Take(6))
                {
                    html.Append($"<span class=\"tag partner\">{partner}</span> ");
                }

                html.Append($"</p>\n");
            }

            html.Append($"</li>\n");
        }

        html.Append($"</ol>\n");
    }

    private static void WritePages(HtmlBuilder html, SearchForm form, int total)
    {
        var pages = (int)Math.Min(Math.Ceiling(total / (double)form.Limit), SearchForm.MaxDepth / form.Limit);
        if (pages <= 1)
        {
            return;
        }

        html.Append($"<nav class=\"pages\" aria-label=\"Trang kết quả\">");
        if (form.Page > 1)
        {
            html.Append($"<a rel=\"prev\" href=\"/{(form with { Page = form.Page - 1 }).ToQueryString()}\">« Trước</a>");
        }

        var shown = new SortedSet<int> { 1, pages };
        for (var p = Math.Max(1, form.Page - 2); p <= Math.Min(pages, form.Page + 2); p++)
        {
            shown.Add(p);
        }

        var previous = 0;
        foreach (var page in shown)
        {
            if (page > previous + 1)
            {
                html.Append($"<span class=\"gap\">…</span>");
            }

            if (page == form.Page)
            {
                html.Append($"<span class=\"current\" aria-current=\"page\">{page}</span>");
            }
            else
            {
                html.Append($"<a href=\"/{(form with { Page = page }).ToQueryString()}\">{page}</a>");
            }

            previous = page;
        }

        if (form.Page < pages)
        {
            html.Append($"<a rel=\"next\" href=\"/{(form with { Page = form.Page + 1 }).ToQueryString()}\">Sau »</a>");
        }

        html.Append($"</nav>\n");
    }

    private static void Option(HtmlBuilder html, string value, string label, string? selected) =>
        html.Append($"<option value=\"{value}\"{(value == selected ? new HtmlFragment(" selected") : HtmlFragment.Empty)}>{label}</option>");

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
