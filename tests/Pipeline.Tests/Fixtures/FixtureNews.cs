using System.Text;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Tests.Fixtures;

/// <summary>A small news site for end-to-end crawls: three articles, a binary page, an empty page, a server error, no robots.txt.</summary>
internal static class FixtureNews
{
    public const int Articles = 3;

    public static Task Serve(HttpContext context)
    {
        var response = context.Response;
        switch (context.Request.Path.Value)
        {
            case "/rss.xml":
                response.ContentType = "application/rss+xml; charset=utf-8";
                return response.WriteAsync(Rss(context));
            case "/sitemap.xml":
                response.ContentType = "application/xml";
                return response.WriteAsync($"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{Base(context)}/bai-1.htm</loc></url><url><loc>{Base(context)}/bai-3.htm</loc></url></urlset>""");
            case "/bai-1.htm":
                return Page(response, "Đà Nẵng tiếp nhận thiết bị y tế từ Hàn Quốc", "2025-06-01T08:00:00+07:00", "Sáng 1-6, Sở Y tế Đà Nẵng tiếp nhận lô máy thở và máy siêu âm do tỉnh Gyeonggi (Hàn Quốc) trao tặng cho các bệnh viện tuyến quận.");
            case "/bai-2.htm":
                return Page(response, "Bác sĩ Việt Nam sang Fukuoka học ghép gan", "2025-06-02T09:30:00+07:00", "Mười bác sĩ của Bệnh viện Chợ Rẫy lên đường sang Fukuoka (Nhật Bản) tham dự khóa đào tạo sáu tháng về ghép gan và hồi sức sau ghép.");
            case "/bai-3.htm":
                return Page(response, "Quảng Ninh phòng chống sốt xuất huyết", "2025-06-03T15:00:00+07:00", "Ngành y tế Quảng Ninh ra quân diệt lăng quăng tại các phường có ổ dịch sốt xuất huyết, đồng thời tăng cường giám sát ca bệnh tại cộng đồng.");
            case "/hong.htm":
                // Binary garbage labelled as HTML: the page is skipped, the run goes on.
                response.ContentType = "text/html";
                return response.Body.WriteAsync(Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray()).AsTask();
            case "/robots.txt":
                // No robots.txt: RFC 9309 reads a 4xx as "everything allowed".
                response.StatusCode = 404;
                return Task.CompletedTask;
            case "/trong.htm":
                response.ContentType = "text/html; charset=utf-8";
                return response.WriteAsync("<html><head><title>Trống</title></head><body></body></html>");
            default:
                response.StatusCode = 500;
                return response.WriteAsync("Internal error");
        }
    }

    private static string Base(HttpContext context) => $"http://{context.Request.Host}";

    private static string Rss(HttpContext context)
    {
        var items = new StringBuilder();
        foreach (var path in new[] { "/bai-1.htm", "/bai-2.htm", "/bai-3.htm", "/hong.htm", "/trong.htm", "/loi-may-chu.htm" })
        {
            items.Append("<item><title>x</title><link>").Append(Base(context)).Append(path).Append("</link></item>");
        }

        return $"<rss version=\"2.0\"><channel><title>Fixture</title>{items}</channel></rss>";
    }

    private static Task Page(HttpResponse response, string title, string published, string paragraph)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"""
            <!DOCTYPE html><html lang="vi"><head><title>{title}</title>
            <meta property="article:published_time" content="{published}"></head>
            <body><article><h1>{title}</h1><div class="content"><p>{paragraph}</p>
            <p>Lãnh đạo hai bên cho biết sẽ tiếp tục trao đổi kinh nghiệm chuyên môn và mở rộng hợp tác trong những năm tới.</p></div></article></body></html>
            """);
    }
}
