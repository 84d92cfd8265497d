using Pipeline.Text.Facts;
using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>
/// The analysed text of an article (lead, then body paragraphs, one per line, as the analysis read it) as HTML
/// paragraphs with partners, parties, counts and dates marked where the facts' offsets put them. A fact whose span
/// is not at its offset (the text changed after the analysis) is left unmarked; overlapping facts keep the first.
/// </summary>
internal static class FactMarks
{
    private static readonly HtmlFragment LeadOpen = new("<p class=\"lead\">");
    private static readonly HtmlFragment ParagraphOpen = new("<p>");

    /// <summary>One mark: where, what kind ("partner", "party", "count", "date") and its explanation.</summary>
    internal readonly record struct Mark(int Start, int Length, string Kind, string Title)
    {
        public int End => Start + Length;
    }

    /// <summary>The text the analysis read: the lead and the body, one paragraph per line.</summary>
    public static string AnalysedText(string? lead, string body) => lead is null ? body : string.Concat(lead, "\n", body);

    public static IReadOnlyList<Mark> Marks(string text, ArticleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(facts);
        var candidates = new List<Mark>();
        void Add(int start, string span, string kind, string title)
        {
            if (start >= 0 && span.Length > 0 && start + span.Length <= text.Length && text.AsSpan(start, span.Length).SequenceEqual(span))
            {
                candidates.Add(new Mark(start, span.Length, kind, title));
            }
        }

        foreach (var partner in facts.Partners)
        {
            Add(partner.Start, partner.Span, "partner", $"Đối tác: {partner.Name}" + (partner.Country is null ? " (tổ chức quốc tế)" : $" ({partner.Country})"));
        }

        foreach (var party in facts.Parties)
        {
            Add(party.Start, party.Span, "party", $"Bên Việt Nam: {party.Name}");
        }

        foreach (var count in facts.Counts)
        {
            var approx = Labels.Approx(count.Approx);
            Add(count.Start, count.Span, "count", $"Số liệu: {(approx.Length > 0 ? approx + " " : string.Empty)}{Labels.Number(count.Value)} {count.Currency ?? count.Noun}");
        }

        foreach (var date in facts.Dates)
        {
            Add(date.Start, date.Span, "date", $"Ngày tháng: {date.Resolved}");
        }

        var kept = new List<Mark>();
        foreach (var mark in candidates.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (kept.Count == 0 || kept[^1].End <= mark.Start)
            {
                kept.Add(mark);
            }
        }

        return kept;
    }

    /// <summary>Writes the text as paragraphs (the first with class "lead" when there is a lead), marks inside.</summary>
    public static void Write(HtmlBuilder html, string text, IReadOnlyList<Mark> marks, bool hasLead)
    {
        ArgumentNullException.ThrowIfNull(html);
        var paragraphStart = 0;
        var next = 0;
        var index = 0;
        foreach (var line in text.Split('\n'))
        {
            var paragraphEnd = paragraphStart + line.Length;
            html.Fragment(index == 0 && hasLead ? LeadOpen : ParagraphOpen);
            var position = paragraphStart;
            while (next < marks.Count && marks[next].Start < paragraphEnd)
            {
                var mark = marks[next];
                var start = Math.Max(mark.Start, paragraphStart);
                var end = Math.Min(mark.End, paragraphEnd);
                html.Text(text[position..start]);
                html.Append($"<mark class=\"fact fact-{mark.Kind}\" data-fact=\"{mark.Kind}\" title=\"{mark.Title}\">{text[start..end]}</mark>");
                position = end;
                if (mark.End > paragraphEnd)
                {
                    // A span across a line break continues in the next paragraph.
                    break;
                }

                next++;
            }

            html.Text(text[position..paragraphEnd]);
            html.Append($"</p>\n");
            paragraphStart = paragraphEnd + 1;
            index++;
        }
    }
}
