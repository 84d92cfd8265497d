using Pipeline.Web.Api;
using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>
/// Partner countries on a world map drawn by ECharts (Assets/js/map.js, boundaries from the vendored world-atlas) and
/// as a table of countries with their articles, which is all a browser without JavaScript shows.
/// </summary>
internal static class MapPage
{
    private static readonly HtmlFragment Head = new("""
        <link rel="stylesheet" href="/static/explore.css">
        <script src="/static/vendor/echarts/echarts.min.js" defer></script>
        <script src="/static/vendor/topojson-client/topojson-client.min.js" defer></script>
        <script src="/static/js/map.js" defer></script>
        """);

    public static string Render(ExploreForm form, IReadOnlyList<ApiMapCountry> countries, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(countries);
        var html = new HtmlBuilder();
        html.Append($"""
            <h1>Quốc gia đối tác trên bản đồ</h1>
            <p class="lead-in">Màu đậm hơn: nhiều bài viết nêu đối tác của quốc gia đó hơn. Di chuột lên một nước để xem số bài; nhấn để tìm các bài đó.</p>
            """);
        ExploreFilters.Write(html, form, labels, "/map", network: false);
        html.Append($"<p class=\"downloads\"><a href=\"/api/map{form.ToQueryString()}\">JSON</a></p>\n");
        if (countries.Count == 0)
        {
            html.Append($"<p class=\"empty\">Không có quốc gia đối tác nào trong các bài viết thuộc bộ lọc này.</p>\n");
            return Layout.Render("Bản đồ", "map", html.ToFragment(), Head);
        }

        html.Append($"""
            <div id="map" class="map-canvas" hidden data-api="/api/map{form.ToQueryString()}" data-atlas="/static/vendor/world-atlas/countries-110m.json" role="img" aria-label="Bản đồ thế giới tô màu theo số bài viết; bảng bên dưới liệt kê cùng số liệu."></div>
            <section class="countries"><h2>Số bài viết theo quốc gia đối tác</h2>
            <div class="scroll"><table class="country-table"><thead><tr><th scope="col">Quốc gia</th><th scope="col">Mã</th><th scope="col">Số bài</th></tr></thead><tbody>
            """);
        foreach (var country in countries)
        {
            html.Append($"<tr data-code=\"{country.Code}\"><th scope=\"row\"><a href=\"{country.Search}\">{country.Name}</a></th><td>{country.Code}</td><td class=\"number\">{Labels.Number((long)country.Articles)}</td></tr>\n");
        }

        html.Append($"</tbody></table></div></section>\n");
        return Layout.Render("Bản đồ", "map", html.ToFragment(), Head);
    }
}
