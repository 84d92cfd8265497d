using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>Runs and status: what the store and index hold, the frontier, the last run.</summary>
internal static class StatusPage
{
    public static string Render(WebStatus status, bool actionsEnabled)
    {
        ArgumentNullException.ThrowIfNull(status);
        var html = new HtmlBuilder();
        html.Append($"""
            <h1>Tình trạng hệ thống</h1>
            <section class="status-store"><h2>Kho dữ liệu và chỉ mục</h2>
            <table class="figures"><tbody>
            <tr><th scope="row">Bài đã lưu</th><td class="number" data-figure="articles">{Labels.Number((long)status.Articles)}</td></tr>
            <tr><th scope="row">Bài trong chỉ mục</th><td class="number" data-figure="indexed">{Labels.Number((long)status.Indexed)}</td></tr>
            <tr><th scope="row">Số thứ tự kho / chỉ mục</th><td class="number">{Labels.Number(status.StoreSequence)} / {Labels.Number(status.IndexedSequence)}</td></tr>
            """);
        foreach (var (state, count) in status.Frontier.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            html.Append($"<tr><th scope=\"row\">Địa chỉ: {FrontierState(state)}</th><td class=\"number\">{Labels.Number((long)count)}</td></tr>");
        }

        html.Append($"</tbody></table>\n");
        if (status.IndexError is not null)
        {
            html.Append($"<p class=\"warning\">Không đọc được chỉ mục: {status.IndexError}</p>\n");
        }
        else if (status.IndexedSequence < status.StoreSequence)
        {
            html.Append($"<p class=\"warning\">Chỉ mục đang chậm hơn kho dữ liệu; lần chạy tiếp theo sẽ bắt kịp.</p>\n");
        }

        html.Append($"</section>\n<section class=\"status-run\"><h2>Lần chạy gần nhất</h2>\n");
        if (status.LastRun is not { } run)
        {
            html.Append($"<p class=\"empty\">Chưa có lần chạy nào.</p>\n");
        }
        else
        {
            html.Append($"""
                <table class="figures"><tbody>
                <tr><th scope="row">Lần chạy</th><td>#{run.Id} ({run.Kind})</td></tr>
                <tr><th scope="row">Trạng thái</th><td data-figure="run-status">{RunStatus(run.Status)}</td></tr>
                <tr><th scope="row">Bắt đầu</th><td>{Labels.Time(run.StartedAt)}</td></tr>
                <tr><th scope="row">Kết thúc</th><td>{(run.EndedAt is null ? "—" : Labels.Time(run.EndedAt))}</td></tr>
                <tr><th scope="row">Bài mới / cập nhật</th><td class="number">{Labels.Number((long)run.New)} / {Labels.Number((long)run.Updated)}</td></tr>
                <tr><th scope="row">Lỗi / bị chặn</th><td class="number">{Labels.Number((long)run.Failed)} / {Labels.Number((long)run.Blocked)}</td></tr>
                <tr><th scope="row">Đã đánh chỉ mục</th><td class="number">{Labels.Number((long)run.Indexed)}</td></tr>
                </tbody></table>
                """);
            if (run.Message is not null)
            {
                html.Append($"<p class=\"message\">{run.Message}</p>\n");
            }
        }

        html.Append($"</section>\n");
        WriteActions(html, actionsEnabled);
        return Layout.Render("Tình trạng", "status", html.ToFragment());
    }

    private static void WriteActions(HtmlBuilder html, bool actionsEnabled)
    {
        html.Append($"<section class=\"actions\"><h2>Thao tác</h2>\n");
        if (!actionsEnabled)
        {
            html.Append($"<p class=\"empty\">Trang này chỉ để xem. Các thao tác thay đổi dữ liệu (như bắt đầu thu thập) đang tắt; quản trị viên bật chúng bằng Web:EnableActions và Web:ActionToken.</p></section>\n");
            return;
        }

        html.Append($"""
            <form method="post" action="/actions/crawl" class="action">
            <label>Mã thao tác <input type="password" name="token" autocomplete="off" required></label>
            <button type="submit">Bắt đầu thu thập ngay</button>
            </form>
            </section>
            """);
    }

    public static string RunStatus(string status) => status switch
    {
        "running" => "đang chạy",
        "succeeded" => "thành công",
        "failed" => "thất bại",
        "cancelled" => "đã dừng",
        "interrupted" => "bị gián đoạn",
        _ => status,
    };

    private static string FrontierState(string state) => state switch
    {
        "discovered" => "chờ tải",
        "fetched" => "đã tải",
        "unchanged" => "không đổi",
        "duplicate" => "trùng lặp",
        "failed" => "lỗi",
        "blocked" => "bị robots.txt chặn",
        "skipped" => "không phải bài viết",
        _ => state,
    };
}
