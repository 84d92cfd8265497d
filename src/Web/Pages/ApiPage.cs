using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>A short guide to the JSON API and the feeds, for analysts who script.</summary>
internal static class ApiPage
{
    public static string Render()
    {
        var html = new HtmlBuilder();
        html.Append($"""
            <h1>API JSON và nguồn tin Atom</h1>
            <p>Mọi dữ liệu trên trang đều có dạng JSON, cùng tham số với lệnh <code>pipeline</code>. Mô tả đầy đủ theo OpenAPI: <a href="/openapi/v1.json">/openapi/v1.json</a>.</p>
            <table class="endpoints"><thead><tr><th scope="col">Địa chỉ</th><th scope="col">Nội dung</th></tr></thead><tbody>
            <tr><td><code>GET /api/search?q=&amp;topic=&amp;partner=&amp;country=&amp;outlet=&amp;from=&amp;to=&amp;sort=relevance|date&amp;limit=&amp;page=</code></td><td>Tìm kiếm, như <code>pipeline search --json</code>: tổng số, kết quả, đoạn trích, số đếm theo chủ đề, quốc gia, đối tác, nguồn tin, tháng.</td></tr>
            <tr><td><code>GET /api/articles/{"{id}"}</code></td><td>Một bài: siêu dữ liệu, văn bản, các dữ kiện (đối tác, bên Việt Nam, số liệu, ngày tháng, chủ đề) và bài tương tự.</td></tr>
            <tr><td><code>GET /api/trends?by=topic|country|partner|outlet&amp;interval=month|quarter|year&amp;from=&amp;to=&amp;cooperation=1&amp;top=</code></td><td>Xu hướng theo thời gian, như <code>pipeline trends --json</code>; bảng CSV tại <code>/trends.csv</code> cùng tham số.</td></tr>
            <tr><td><code>GET /api/runs?limit=</code></td><td>Các lần chạy gần nhất, như <code>pipeline runs --json</code>.</td></tr>
            <tr><td><code>GET /api/status</code></td><td>Tình trạng kho dữ liệu, chỉ mục và lần chạy gần nhất, như <code>pipeline status --json</code>.</td></tr>
            <tr><td><code>GET /feeds/search?q=&amp;topic=...</code></td><td>Nguồn tin Atom các bài mới nhất khớp tìm kiếm, để theo dõi bằng trình đọc tin.</td></tr>
            </tbody></table>
            <p>Ngày dạng <code>2025-05-20</code> theo giờ Việt Nam; <code>to</code> tính cả ngày đó. Câu tìm kiếm tối đa 500 ký tự, mỗi trang tối đa 100 kết quả, chỉ xem được 10.000 kết quả đầu. Quá nhiều yêu cầu trong một phút được trả lời 429 kèm Retry-After.</p>
            """);
        return Layout.Render("API", "api", html.ToFragment());
    }
}
