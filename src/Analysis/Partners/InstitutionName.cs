namespace Pipeline.Analysis.Partners;

/// <summary>An institution's name as written in running text: a head ("Bệnh viện", "Sở", "Đại sứ quán") and its name words.</summary>
/// <param name="Start">Offset of the head.</param>
/// <param name="End">Offset just past the name, its "(ACRONYM)" included.</param>
/// <param name="Head">The head as written ("Bệnh viện", "trường Đại học").</param>
/// <param name="Body">The name words after the head and before any "tại".</param>
/// <param name="Located">The words after "tại" ("Đại sứ quán Nga tại Việt Nam"): where the institution sits, not whose it is.</param>
internal sealed record InstitutionName(int Start, int End, string Head, IReadOnlyList<NameWord> Body, IReadOnlyList<NameWord> Located)
{
    /// <summary>Offset just past the name's last word, before any "(ACRONYM)".</summary>
    public int NameEnd => Located.Count > 0 ? Located[^1].End : Body[^1].End;

    /// <summary>The body as one string, words joined by single spaces.</summary>
    public string BodyText => string.Join(' ', Body.Select(w => w.Text));

    /// <summary>The located part as one string.</summary>
    public string LocatedText => string.Join(' ', Located.Select(w => w.Text));
}
