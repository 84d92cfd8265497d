using System.Text;

namespace Pipeline.Crawler.Tests.Fetching;

/// <summary>Long Vietnamese pages built from the team's own sentences, in UTF-8 or windows-1258.</summary>
internal static class GeneratedPages
{
    private static readonly string[] Sentences =
    [
        "Sở Y tế tỉnh Quảng Ngãi phối hợp với một bệnh viện Hàn Quốc khám sàng lọc tim bẩm sinh cho trẻ em vùng núi.",
        "Đoàn chuyên gia Nhật Bản sẽ hỗ trợ đào tạo điều dưỡng trong ba năm, bắt đầu từ tháng Chín.",
        "Lãnh đạo hai bên cam kết mở rộng hợp tác nghiên cứu vắc-xin và chia sẻ dữ liệu dịch tễ học.",
        "Thứ trưởng Bộ Y tế tiếp đại diện Tổ chức Y tế Thế giới tại Hà Nội để bàn về phòng chống lao.",
        "Dự án nâng cấp trạm y tế xã giúp người dân ở Điện Biên tiếp cận dịch vụ khám chữa bệnh thuận lợi hơn.",
        "Bệnh viện Đa khoa Đà Nẵng tiếp nhận thiết bị chẩn đoán hình ảnh do đối tác Đức tài trợ.",
        "Hội thảo về y học cổ truyền thu hút hơn hai trăm đại biểu đến từ Lào, Campuchia và Thái Lan.",
        "Các bác sĩ trẻ được cử sang Pháp học chuyên sâu về ghép tạng và hồi sức cấp cứu.",
    ];

    /// <summary>An HTML page of at least <paramref name="minimumBytes"/> UTF-8 bytes, NFC.</summary>
    public static string Html(int minimumBytes)
    {
        var builder = new StringBuilder("<!DOCTYPE html><html><head><title>Tin y tế</title></head><body>\n");
        var bytes = Encoding.UTF8.GetByteCount(builder.ToString());
        for (var i = 0; bytes < minimumBytes; i++)
        {
            var paragraph = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<p id=\"p{i}\">{Sentences[i % Sentences.Length]}</p>\n");
            builder.Append(paragraph);
            bytes += Encoding.UTF8.GetByteCount(paragraph);
        }

        return builder.Append("</body></html>\n").ToString();
    }

    /// <summary>
    /// The text in windows-1258, which holds the base letters (â, ê, ô, ă, ơ, ư, đ) precomposed and writes the
    /// five tone marks as combining characters after them.
    /// </summary>
    public static byte[] Windows1258(string text)
    {
        var spellings = new Dictionary<char, string>();
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (!spellings.TryGetValue(c, out var spelling))
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                var tones = string.Concat(decomposed.Where(IsTone));
                spelling = string.Concat(decomposed.Where(p => !IsTone(p))).Normalize(NormalizationForm.FormC) + tones;
                spellings[c] = spelling;
            }

            builder.Append(spelling);
        }

        var encoding = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return encoding.GetBytes(builder.ToString());
    }

    private static bool IsTone(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';
}
