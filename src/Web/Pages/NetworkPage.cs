using Pipeline.Analysis.Trends;
using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>
/// The cooperation network: the filters, the downloads, the graph drawn by Cytoscape.js (Assets/js/network.js, from
/// <c>/api/network</c>) with a panel for a clicked node's articles, and the same view as tables of the strongest pairs
/// and of the nodes, which is all a browser without JavaScript shows.
/// </summary>
internal static class NetworkPage
{
    /// <summary>Pairs the table lists: the strongest; the downloads and the graph have them all.</summary>
    public const int TablePairs = 30;

    private static readonly HtmlFragment Head = new("""
        <link rel="stylesheet" href="/static/explore.css">
        <script src="/static/vendor/cytoscape/cytoscape.min.js" defer></script>
        <script src="/static/js/network.js" defer></script>
        """);

    /// <param name="form">The choices.</param>
    /// <param name="network">The whole network under the filters.</param>
    /// <param name="view">Its top nodes, as drawn and downloaded.</param>
    /// <param name="labels">Names for the form.</param>
    public static string Render(ExploreForm form, CooperationNetwork network, CooperationNetwork view, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(view);
        var html = new HtmlBuilder();
        var query = form.ToQueryString();
        html.Append($"""
            <h1>Mạng lưới hợp tác</h1>
            <p class="lead-in">Bên Việt Nam và đối tác nước ngoài được nêu trong cùng bài viết. Cỡ nút: số bài nêu tên; độ dày cạnh: số bài nêu cả hai.
            Hiển thị {Labels.Number((long)view.Nodes.Count)} nút nhiều bài nhất trong {Labels.Number((long)network.Nodes.Count)} (mặc định {ExploreForm.DefaultTop}, đổi ở ô “Số nút”).</p>
            """);
        ExploreFilters.Write(html, form, labels, "/network", network: true);
        html.Append($"""
            <p class="downloads">Tải mạng lưới đang xem: <a class="graphml" href="/network.graphml{query}" download>GraphML</a> · <a class="gexf" href="/network.gexf{query}" download>GEXF</a> · <a href="/api/network{query}">JSON</a></p>
            """);
        if (view.Nodes.Count == 0)
        {
            html.Append($"<p class=\"empty\">Không có bên nào được nêu trong các bài viết thuộc bộ lọc này.</p>\n");
            return Layout.Render("Mạng lưới", "network", html.ToFragment(), Head);
        }

        var articles = "/api/network/articles" + (query.Length == 0 ? "?" : query + "&");
        html.Append($"""
            <div class="network-view">
            <div id="network" class="network-canvas" hidden data-api="/api/network{query}" data-articles="{articles}" role="img" aria-label="Sơ đồ mạng lưới hợp tác; các bảng bên dưới liệt kê cùng các nút và cặp."></div>
            <aside id="node-panel" class="node-panel" hidden aria-live="polite"><h2>Bài viết của một nút</h2><p class="muted">Nhấn vào một nút trên sơ đồ để xem các bài viết nêu tên nút đó.</p></aside>
            </div>
            <p class="legend network-legend" hidden><span class="swatch party"></span> Bên Việt Nam <span class="swatch partner"></span> Đối tác nước ngoài</p>
            """);
        WritePairs(html, view);
        WriteNodes(html, form, view);
        return Layout.Render("Mạng lưới", "network", html.ToFragment(), Head);
    }

    private static void WritePairs(HtmlBuilder html, CooperationNetwork view)
    {
        var labels = view.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        html.Append($"<section class=\"pairs\"><h2>Các cặp được nêu cùng nhiều nhất</h2>\n");
        if (view.Edges.Count == 0)
        {
            html.Append($"<p class=\"empty\">Không có cặp nào giữa các nút đang xem.</p></section>\n");
            return;
        }

        html.Append($"<div class=\"scroll\"><table class=\"pair-table\"><thead><tr><th scope=\"col\">Bên</th><th scope=\"col\">Bên</th><th scope=\"col\">Số bài chung</th><th scope=\"col\">Từ</th><th scope=\"col\">Đến</th></tr></thead><tbody>\n");
        foreach (var edge in view.Edges.Take(TablePairs))
        {
            html.Append($"<tr data-source=\"{edge.Source}\" data-target=\"{edge.Target}\"><td>{labels[edge.Source]}</td><td>{labels[edge.Target]}</td><td class=\"number\">{Labels.Number((long)edge.Weight)}</td><td>{Day(edge.First)}</td><td>{Day(edge.Last)}</td></tr>\n");
        }

        html.Append($"</tbody></table></div></section>\n");
    }

    private static void WriteNodes(HtmlBuilder html, ExploreForm form, CooperationNetwork view)
    {
        html.Append($"""
            <section class="nodes"><h2>Các nút</h2>
            <div class="scroll"><table class="node-table"><thead><tr><th scope="col">Tên</th><th scope="col">Vai trò</th><th scope="col">Loại</th><th scope="col">Quốc gia</th><th scope="col">Số bài</th><th scope="col">Bài viết</th></tr></thead><tbody>
            """);
        foreach (var node in view.Nodes)
        {
            var role = node.Role == TrendActor.Party ? "Bên Việt Nam" : "Đối tác";
            html.Append($"<tr data-node=\"{node.Id}\"><th scope=\"row\">{node.Label}</th><td>{role}</td><td>{Labels.Kind(node.Kind)}</td><td>{node.Country ?? "—"}</td><td class=\"number\">{Labels.Number((long)node.Articles)}</td><td><a href=\"{form.SearchUrlOf(node.Role, node.Key)}\">Tìm bài</a></td></tr>\n");
        }

        html.Append($"</tbody></table></div></section>\n");
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
