using System.Globalization;
using Pipeline.Analysis.Trends;
using Pipeline.Charts;
using Pipeline.Querying;
using Pipeline.Web.Endpoints;
using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>
/// The trends dashboard: the series of <c>pipeline trends</c> as a chart and a table (dimension, interval, period, top
/// values and chart kind selectable, CSV download), partner countries by topic, top partners. The chart is a PNG;
/// /static/js/trends.js replaces it with an interactive chart drawn from the table, which stays as its text alternative.
/// </summary>
internal static class TrendsPage
{
    /// <summary>The search parameter that filters by each dimension's values.</summary>
    private static readonly Dictionary<TrendDimension, string> SearchParameters = new()
    {
        [TrendDimension.Topic] = "topic",
        [TrendDimension.Country] = "country",
        [TrendDimension.Partner] = "partner",
        [TrendDimension.Outlet] = "outlet",
    };

    /// <param name="form">The choices as asked (an interval of null: the rule chose).</param>
    /// <param name="series">The series drawn, in the interval used, with "Còn lại".</param>
    /// <param name="partners">The top partners.</param>
    public static string Render(TrendsForm form, TrendSeries series, IReadOnlyList<PartnerTrend> partners)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(series);
        var html = new HtmlBuilder();
        // Downloads and images carry the interval used, so they match the table even where the rule chose it.
        var query = (form with { Interval = series.Interval }).ToQueryString();
        html.Append($"<h1>Xu hướng hợp tác</h1>\n<form class=\"search trends-form\" method=\"get\" action=\"/trends\"><div class=\"filters\">\n<label>Theo <select name=\"by\">");
        foreach (var (value, label) in new[] { (TrendDimension.Topic, "Chủ đề"), (TrendDimension.Country, "Quốc gia đối tác"), (TrendDimension.Partner, "Đối tác"), (TrendDimension.Outlet, "Nguồn tin") })
        {
            Option(html, value.ToString().ToLowerInvariant(), label, value == form.Dimension);
        }

        html.Append($"</select></label>\n<label>Chu kỳ <select name=\"interval\">");
        Option(html, "auto", form.Interval is null ? $"Tự động ({Interval(series.Interval)})" : "Tự động", form.Interval is null);
        foreach (var (value, label) in new[] { (TrendInterval.Month, "Tháng"), (TrendInterval.Quarter, "Quý"), (TrendInterval.Year, "Năm") })
        {
            Option(html, value.ToString().ToLowerInvariant(), label, value == form.Interval);
        }

        html.Append($"</select></label>\n<label>Kiểu biểu đồ <select name=\"chart\">");
        foreach (var (value, label) in new[] { (TrendChartKind.Area, "Vùng chồng"), (TrendChartKind.Bars, "Cột chồng"), (TrendChartKind.Lines, "Đường") })
        {
            Option(html, value.ToString().ToLowerInvariant(), label, value == form.Chart);
        }

        html.Append($"""
            </select></label>
            <label>Từ ngày <input type="date" name="from" value="{form.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"></label>
            <label>Đến ngày <input type="date" name="to" value="{form.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"></label>
            <label>Số giá trị <input type="number" name="top" min="1" max="{TrendsForm.MaxTop}" value="{form.Top}"></label>
            <label class="check"><input type="checkbox" name="cooperation" value="1"{Checked(form.CooperationOnly)}> Chỉ bài về hợp tác quốc tế</label>
            <button type="submit">Xem</button>
            </div>
            """);
        foreach (var key in form.Hidden)
        {
            html.Append($"<input type=\"hidden\" name=\"hide\" value=\"{key}\">");
        }

        html.Append($"""
            </form>
            <p class="downloads"><a class="csv" href="/trends.csv{query}" download>Tải CSV</a> · <a href="/api/trends{query}">JSON</a></p>
            <figure class="charts trend-figure" data-chart="{form.Chart.ToString().ToLowerInvariant()}" data-param="{SearchParameters[series.Dimension]}" data-cooperation="{(form.CooperationOnly ? "1" : "0")}">
            <img id="trend-chart" src="/trends/chart.png{query}" width="1200" height="700" alt="Biểu đồ số bài viết theo {Dimension(series.Dimension)}, theo {Interval(series.Interval)}">
            <figcaption>Số bài viết theo {Dimension(series.Dimension)}, theo {Interval(series.Interval)}{(series.Filter.CooperationOnly ? " (chỉ bài về hợp tác quốc tế)" : string.Empty)}. Số liệu đầy đủ ở bảng bên dưới.</figcaption>
            </figure>
            """);
        WriteTable(html, series);
        html.Append($"<section class=\"countries\"><h2>Quốc gia đối tác theo chủ đề</h2><figure class=\"charts\"><img src=\"/trends/countries.png{query}\" width=\"1200\" height=\"700\" alt=\"Biểu đồ quốc gia đối tác theo chủ đề\"></figure></section>\n");
        WritePartners(html, partners);
        var head = new HtmlBuilder();
        head.Append($"""
            <link rel="stylesheet" href="{StaticEndpoints.Url("css/trends.css")}">
            <script src="{StaticEndpoints.Url("vendor/echarts/echarts.min.js")}" defer></script>
            <script src="{StaticEndpoints.Url("js/trends.js")}" defer></script>
            """);
        return Layout.Render("Xu hướng", "trends", html.ToFragment(), head.ToFragment());
    }

    private static void WriteTable(HtmlBuilder html, TrendSeries series)
    {
        html.Append($"<section class=\"series\"><h2>Số bài viết theo {Dimension(series.Dimension)}, theo {Interval(series.Interval)}</h2>\n");
        if (series.Periods.Count == 0)
        {
            html.Append($"<p class=\"empty\">Chưa có bài viết có ngày đăng trong khoảng này.</p></section>\n");
            return;
        }

        html.Append($"<div class=\"scroll\"><table class=\"trend-table\"><thead><tr><th scope=\"col\">Kỳ</th><th scope=\"col\">Tổng số bài</th><th scope=\"col\">Tỷ lệ hợp tác</th>");
        foreach (var line in series.Lines)
        {
            html.Append($"<th scope=\"col\" data-key=\"{line.Key}\"{(line.Key == TrendOthers.Key ? new HtmlFragment(" data-others=\"1\"") : HtmlFragment.Empty)}>{line.Label}</th>");
        }

        html.Append($"</tr></thead><tbody>\n");
        for (var i = 0; i < series.Periods.Count; i++)
        {
            var period = series.Periods[i];
            html.Append($"<tr class=\"period\" data-from=\"{Day(period.Start)}\" data-to=\"{Day(period.End)}\" data-label=\"{TrendChart.PeriodLabel(period.Key)}\"><th scope=\"row\">{period.Key}</th><td class=\"number\" data-value=\"{period.Articles}\">{Labels.Number((long)period.Articles)}</td><td class=\"number\">{Labels.Percent(period.CooperationShare)}</td>");
            foreach (var line in series.Lines)
            {
                html.Append($"<td class=\"number\" data-value=\"{line.Articles[i]}\">{Labels.Number((long)line.Articles[i])}</td>");
            }

            html.Append($"</tr>\n");
        }

        html.Append($"<tr class=\"total\"><th scope=\"row\">Tổng</th><td class=\"number\">{Labels.Number((long)series.Periods.Sum(p => p.Articles))}</td><td></td>");
        foreach (var line in series.Lines)
        {
            html.Append($"<td class=\"number\">{Labels.Number((long)line.Total)}</td>");
        }

        html.Append($"</tr></tbody></table></div>\n");
        if (series.OmittedValues > 0)
        {
            html.Append($"<p class=\"empty\">“{TrendOthers.Label}” gộp {series.OmittedValues} giá trị còn lại; tăng “Số giá trị” để tách riêng.</p>\n");
        }

        html.Append($"</section>\n");
    }

    private static void WritePartners(HtmlBuilder html, IReadOnlyList<PartnerTrend> partners)
    {
        html.Append($"<section class=\"top-partners\"><h2>Đối tác được nhắc đến nhiều nhất</h2>\n");
        if (partners.Count == 0)
        {
            html.Append($"<p class=\"empty\">Chưa có đối tác nào.</p></section>\n");
            return;
        }

        html.Append($"<table><thead><tr><th scope=\"col\">Đối tác</th><th scope=\"col\">Số bài</th><th scope=\"col\">Quốc gia</th><th scope=\"col\">Lần đầu</th><th scope=\"col\">Gần nhất</th><th scope=\"col\">Bên Việt Nam cùng nhắc đến</th></tr></thead><tbody>\n");
        foreach (var partner in partners)
        {
            html.Append($"""
                <tr><td><a href="/?partner={Uri.EscapeDataString(partner.Key)}">{partner.Name}</a></td><td class="number">{Labels.Number((long)partner.Articles)}</td>
                <td>{string.Join(", ", partner.Countries.Select(c => c.Label))}</td><td>{partner.FirstSeen.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}</td><td>{partner.LastSeen.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}</td>
                <td>{string.Join(", ", partner.Parties.Take(3).Select(p => p.Label))}</td></tr>
                """);
        }

        html.Append($"</tbody></table></section>\n");
    }

    private static string Dimension(TrendDimension dimension) => dimension switch
    {
        TrendDimension.Topic => "chủ đề",
        TrendDimension.Country => "quốc gia đối tác",
        TrendDimension.Partner => "đối tác",
        _ => "nguồn tin",
    };

    private static string Interval(TrendInterval interval) => interval switch
    {
        TrendInterval.Month => "tháng",
        TrendInterval.Quarter => "quý",
        _ => "năm",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static HtmlFragment Checked(bool value) => value ? new HtmlFragment(" checked") : HtmlFragment.Empty;

    private static void Option(HtmlBuilder html, string value, string label, bool selected) =>
        html.Append($"<option value=\"{value}\"{(selected ? new HtmlFragment(" selected") : HtmlFragment.Empty)}>{label}</option>");
}
