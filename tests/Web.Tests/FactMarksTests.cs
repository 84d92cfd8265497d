using Pipeline.Text.Facts;
using Pipeline.Web.Html;
using Pipeline.Web.Pages;

namespace Pipeline.Tests.Web;

public sealed class FactMarksTests
{
    private const string Text = "Sáng 20-5, JICA tài trợ 3 máy thở.\nBệnh viện Bạch Mai tiếp nhận <b>.";

    [Fact]
    public void Write_FactsAtTheirOffsets_MarksEachInItsParagraph()
    {
        var facts = ArticleFacts.Empty with
        {
            Partners = [new PartnerFact("Cơ quan Hợp tác Quốc tế Nhật Bản", "jica", "org", "Nhật Bản", "JP", "JICA", 11)],
            Parties = [new PartnerFact("Bệnh viện Bạch Mai", "bach-mai", "org", "Việt Nam", "VN", "Bệnh viện Bạch Mai", 35)],
            Counts = [new CountFact(3, "exact", "máy thở", null, "3 máy thở", 24)],
            Dates = [new DateFact("Sáng 20-5", "2025-05-20", 0)],
        };
        var html = new HtmlBuilder();

        FactMarks.Write(html, Text, FactMarks.Marks(Text, facts), hasLead: true);

        var output = html.ToString();
        Assert.Contains("<p class=\"lead\"><mark class=\"fact fact-date\" data-fact=\"date\" title=\"Ngày tháng: 2025-05-20\">Sáng 20-5</mark>, <mark class=\"fact fact-partner\"", output, StringComparison.Ordinal);
        Assert.Contains(">3 máy thở</mark>.</p>", output, StringComparison.Ordinal);
        Assert.Contains("<p><mark class=\"fact fact-party\" data-fact=\"party\" title=\"Bên Việt Nam: Bệnh viện Bạch Mai\">Bệnh viện Bạch Mai</mark> tiếp nhận &lt;b&gt;.</p>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_StaleOrOverlappingFacts_AreLeftOut()
    {
        var facts = ArticleFacts.Empty with
        {
            // Not at its offset (the text changed after the analysis), past the end, and inside another mark.
            Partners = [new PartnerFact("WHO", "who", "org", null, null, "WHO", 11), new PartnerFact("X", "x", "org", null, null, "X", 500)],
            Counts = [new CountFact(3, "exact", "máy thở", null, "3 máy thở", 24), new CountFact(3, "exact", "máy", null, "3 máy", 24)],
        };

        var marks = FactMarks.Marks(Text, facts);

        var mark = Assert.Single(marks);
        Assert.Equal((24, 9, "count"), (mark.Start, mark.Length, mark.Kind));
    }
}
