using System.Globalization;
using Pipeline.Archived;
using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>
/// The permalink of an archived copy: a banner that says what it is (the copy as crawled, when, from where) above
/// the copy in a sandboxed frame, so nothing of the crawled page can pass for our own.
/// </summary>
internal static class ArchivedCopyPage
{
    public static string Render(ArchivedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var html = new HtmlBuilder();
        html.Append($"""
            <section class="archived-banner" role="note" data-record-id="{record.Id:D}">
            <h1>Bản lưu trữ</h1>
            <p>Đây là bản lưu của trang <a class="original" href="{ArticlePage.SafeUrl(record.TargetUri)}" rel="noopener noreferrer nofollow">{record.TargetUri}</a>, đúng như trình thu thập nhận được lúc <time datetime="{record.CrawledAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}">{Labels.Time(record.CrawledAt)}</time>. Bài gốc có thể đã được sửa hoặc gỡ sau thời điểm này.</p>
            <p class="meta">Trang được hiển thị trong khung cách ly: mã script không chạy, ảnh và tài nguyên bên ngoài không được tải. <a href="{record.Permalink}/raw">Mở riêng bản lưu</a></p>
            </section>
            <iframe class="archived-frame" sandbox src="{record.Permalink}/raw" title="Bản lưu của {record.TargetUri}" referrerpolicy="no-referrer"></iframe>
            """);
        return Layout.Render("Bản lưu trữ", string.Empty, html.ToFragment());
    }
}
