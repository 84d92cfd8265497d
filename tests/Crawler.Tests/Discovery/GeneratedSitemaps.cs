using System.Globalization;
using System.Text;

namespace Pipeline.Crawler.Tests.Discovery;

/// <summary>News sitemaps of any size, built the way Vietnamese outlets publish them.</summary>
internal static class GeneratedSitemaps
{
    public static byte[] Urlset(int entries, int garbageAfter = -1)
    {
        var builder = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?>""" + "\n")
            .Append("""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">""").Append('\n');
        var start = new DateTimeOffset(2025, 1, 1, 7, 0, 0, TimeSpan.FromHours(7));
        for (var i = 0; i < entries; i++)
        {
            if (i == garbageAfter)
            {
                builder.Append("<url><loc>https://tin.example.vn/broken</url>");
                break;
            }

            var published = start.AddMinutes(i * 7).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            builder.Append(CultureInfo.InvariantCulture, $"<url><loc>https://tin.example.vn/suc-khoe/hop-tac-y-te-quoc-te-bai-so-{i}.htm</loc><lastmod>{published}</lastmod>")
                .Append(CultureInfo.InvariantCulture, $"<news:news><news:publication><news:name>Báo Mẫu</news:name><news:language>vi</news:language></news:publication><news:publication_date>{published}</news:publication_date><news:title>Bệnh viện tỉnh hợp tác đào tạo với đối tác nước ngoài, số {i}</news:title></news:news></url>\n");
        }

        if (garbageAfter < 0)
        {
            builder.Append("</urlset>\n");
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
