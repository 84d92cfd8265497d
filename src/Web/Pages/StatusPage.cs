using Pipeline.Storage;
using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>Runs and status: health, schedule, store and index, the frontier, the run history, and the crawl action when enabled.</summary>
internal static class StatusPage
{
    public static string Render(StatusView view, bool actionsEnabled)
    {
        ArgumentNullException.ThrowIfNull(view);
        var status = view.Status;
        var html = new HtmlBuilder();
        html.Append($"<h1>Tình trạng và các lần chạy</h1>\n");
        if (status.Healthy)
        {
            html.Append($"<p class=\"healthy\" data-health=\"ok\">Hệ thống hoạt động bình thường.</p>\n");
        }
        else
        {
            html.Append($"<ul class=\"warning\" data-health=\"problems\">");
            foreach (var problem in status.Problems)
            {
                html.Append($"<li>{problem}</li>");
            }

            html.Append($"</ul>\n");
        }

        var schedule = status.Schedule;
        html.Append($"""
            <section class="status-store"><h2>Lịch, kho dữ liệu và chỉ mục</h2>
            <table class="figures"><tbody>
            <tr><th scope="row">Lần chạy theo lịch tiếp theo</th><td>{(schedule.NextRun is { } next ? Labels.Time(next) : "không có")} <span class="muted">({schedule.Cron}, {schedule.TimeZone}{(schedule.Stored ? string.Empty : "; chưa có tiến trình lịch nào lưu")})</span></td></tr>
            <tr><th scope="row">Đang chạy</th><td data-figure="in-progress">{(status.RunInProgress ? "có" : "không")}</td></tr>
            <tr><th scope="row">Bài đã lưu</th><td class="number" data-figure="articles">{Labels.Number((long)status.Store.Articles)}</td></tr>
            <tr><th scope="row">Bài trong chỉ mục</th><td class="number" data-figure="indexed">{Labels.Number((long)status.Index.Documents)}</td></tr>
            <tr><th scope="row">Số thứ tự kho / chỉ mục</th><td class="number">{Labels.Number(status.Store.Sequence)} / {Labels.Number(status.Index.Sequence)}</td></tr>
            """);
        foreach (var (state, count) in view.Frontier.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            html.Append($"<tr><th scope=\"row\">Địa chỉ: {FrontierState(state)}</th><td class=\"number\">{Labels.Number((long)count)}</td></tr>");
        }

        html.Append($"</tbody></table>\n</section>\n");
        WriteRuns(html, view.Runs);
        WriteActions(html, actionsEnabled);
        return Layout.Render("Tình trạng", "status", html.ToFragment());
    }

    private static void WriteRuns(HtmlBuilder html, IReadOnlyList<RunRecord> runs)
    {
        html.Append($"<section class=\"runs\"><h2>Các lần chạy gần đây</h2>\n");
        if (runs.Count == 0)
        {
            html.Append($"<p class=\"empty\">Chưa có lần chạy nào.</p></section>\n");
            return;
        }

        html.Append($"""
            <table class="runs"><thead><tr><th scope="col">#</th><th scope="col">Loại</th><th scope="col">Bắt đầu</th><th scope="col">Kết thúc</th><th scope="col">Trạng thái</th>
            <th scope="col">Giai đoạn</th><th scope="col">Đã tải</th><th scope="col">Mới</th><th scope="col">Cập nhật</th><th scope="col">Lỗi</th><th scope="col">Phân tích</th><th scope="col">Chỉ mục</th></tr></thead><tbody>
            """);
        foreach (var run in runs)
        {
            html.Append($"""
                <tr data-run="{run.Id}" data-status="{run.Status}"><td>{run.Id}</td><td>{run.Kind}{(run.FiredBy is null ? string.Empty : " · " + run.FiredBy)}</td><td>{Labels.Time(run.StartedAt)}</td>
                <td>{(run.EndedAt is null ? "—" : Labels.Time(run.EndedAt))}</td><td>{RunStatus(run.Status)}</td><td>{run.Stage ?? "—"}</td>
                <td class="number">{Labels.Number((long)run.Fetched)}</td><td class="number">{Labels.Number((long)run.New)}</td><td class="number">{Labels.Number((long)run.Updated)}</td>
                <td class="number">{Labels.Number((long)run.Failed)}</td><td class="number">{Labels.Number((long)run.Analyzed)}</td><td class="number">{Labels.Number((long)run.Indexed)}</td></tr>
                """);
            foreach (var error in (run.Errors ?? []).Take(5).Append(run.Message).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                html.Append($"<tr class=\"run-error\"><td></td><td colspan=\"11\">{error}</td></tr>");
            }
        }

        html.Append($"</tbody></table></section>\n");
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
        "partial" => "xong, có danh sách lỗi",
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
